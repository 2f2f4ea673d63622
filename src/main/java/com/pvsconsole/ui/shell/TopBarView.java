package com.pvsconsole.ui.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.ui.common.HoverTooltip;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.common.View;
import javafx.geometry.Insets;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Account with its Demo badge, the grouped region picker with the endpoint switch, the workspace picker. */
public final class TopBarView extends View<HBox> {

    private final ShellViewModel model;
    private final ThemeSwitcher theme;
    private final Messages messages;
    private ComboBox<RegionItem> regionPicker;
    private ToggleButton publicEndpoint;
    private ToggleButton privateEndpoint;
    private ComboBox<WorkspaceScope> workspacePicker;
    private Button themeToggle;
    private final Node accountControl;
    private final List<Node> trailing;

    public TopBarView(ShellViewModel model, ThemeSwitcher theme, Messages messages) {
        this(model, theme, messages, null, List.of());
    }

    /**
     * @param accountControl shown instead of the plain account name (the account menu), or null
     * @param trailing       extra controls at the end of the bar (the Help menu)
     */
    public TopBarView(ShellViewModel model, ThemeSwitcher theme, Messages messages, Node accountControl,
                      List<Node> trailing) {
        this.model = model;
        this.theme = theme;
        this.messages = messages;
        this.accountControl = accountControl;
        this.trailing = List.copyOf(trailing);
    }

    @Override
    protected HBox createView() {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "app-title");
        Label account = new Label(model.account().displayName());
        account.setId("account-label");
        account.setGraphic(Icons.icon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        Label demo = new Label(messages.get("account.demo"));
        demo.setId("demo-badge");
        demo.getStyleClass().add("demo-badge");
        HoverTooltip.install(demo, messages.get("account.demo.tooltip"));
        demo.setVisible(model.account().demo());
        demo.setManaged(model.account().demo());

        regionPicker = new ComboBox<>();
        regionPicker.setId("region-picker");
        regionPicker.getItems().setAll(RegionItem.grouped(model.regionsByGeography()));
        regionPicker.setCellFactory(list -> new RegionCell());
        regionPicker.setButtonCell(new RegionCell());
        regionPicker.setVisibleRowCount(16);
        // Never truncated: as wide as its longest entry, never narrower (the bar drops captions first).
        regionPicker.setMinWidth(Region.USE_PREF_SIZE);
        HoverTooltip.install(regionPicker, messages.get("region.label"));

        publicEndpoint = new ToggleButton(messages.get("region.public"));
        publicEndpoint.setId("endpoint-public");
        publicEndpoint.getStyleClass().add(Styles.LEFT_PILL);
        HoverTooltip.install(publicEndpoint, messages.get("region.public.tooltip"));
        privateEndpoint = new ToggleButton(messages.get("region.private"));
        privateEndpoint.setId("endpoint-private");
        privateEndpoint.getStyleClass().add(Styles.RIGHT_PILL);
        HoverTooltip.install(privateEndpoint, messages.get("region.private.tooltip"));
        ToggleGroup endpoints = new ToggleGroup();
        publicEndpoint.setToggleGroup(endpoints);
        privateEndpoint.setToggleGroup(endpoints);
        publicEndpoint.setSelected(true);
        HBox endpointSwitch = new HBox(publicEndpoint, privateEndpoint);
        endpointSwitch.setId("endpoint-switch");
        endpointSwitch.setMinWidth(Region.USE_PREF_SIZE);

        workspacePicker = new ComboBox<>(model.workspaces());
        workspacePicker.setId("workspace-picker");
        workspacePicker.setPromptText(messages.get("workspace.prompt"));
        workspacePicker.setCellFactory(list -> new WorkspaceCell(null));
        workspacePicker.setButtonCell(new WorkspaceCell(workspacePicker));
        workspacePicker.setMinWidth(Region.USE_PREF_SIZE);
        HoverTooltip.install(workspacePicker, messages.get("workspace.label"));

        themeToggle = new Button();
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        HoverTooltip.install(themeToggle, messages.get("theme.toggle"));

        for (Label label : new Label[] {title, account, demo}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label regionCaption = caption("region.label");
        Label workspaceCaption = caption("workspace.label");
        HBox bar = new HBox(12, title, accountControl == null ? account : accountControl, demo, new Spacer(),
                regionCaption, regionPicker, endpointSwitch, workspaceCaption, workspacePicker, themeToggle);
        bar.getChildren().addAll(trailing);
        for (Node node : trailing) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        themeToggle.setMinWidth(Region.USE_PREF_SIZE);
        compactWhenNarrow(bar, List.of(title, regionCaption, workspaceCaption));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("top-bar");
        bar.setId("top-bar");
        return bar;
    }

    /**
     * At 1024 px the bar cannot hold the title, the captions and both pickers at full width: it
     * drops the title and the "Region"/"Workspace" captions (the pickers' tooltips name them) so the
     * pickers keep their full text. Decided on the pickers' actual widths, not a fixed breakpoint.
     */
    private void compactWhenNarrow(HBox bar, List<Label> optional) {
        javafx.beans.InvalidationListener relayout = observable -> {
            double needed = bar.getInsets().getLeft() + bar.getInsets().getRight();
            for (Node child : bar.getChildren()) {
                if (child.isManaged() || optional.contains(child)) {
                    needed += child.prefWidth(-1) + bar.getSpacing();
                }
            }
            boolean compact = bar.getWidth() > 0 && needed > bar.getWidth();
            for (Label label : optional) {
                label.setVisible(!compact);
                label.setManaged(!compact);
            }
        };
        bar.widthProperty().addListener(relayout);
        regionPicker.valueProperty().addListener(relayout);
        workspacePicker.valueProperty().addListener(relayout);
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected void initListeners() {
        regionPicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now.isHeading()) {
                regionPicker.setValue(old);
            } else if (now != null) {
                model.selectRegion(now.region());
            }
        });
        model.regionProperty().addListener((obs, old, now) -> showRegion());
        showRegion();
        // restored locations may open on the private endpoint: show it
        if (model.privateEndpointProperty().get()) {
            privateEndpoint.setSelected(true);
        }
        model.privateEndpointProperty().addListener((obs, old, now) -> (now ? privateEndpoint : publicEndpoint)
                .setSelected(true));
        privateEndpoint.selectedProperty().addListener((obs, old, now) -> model.setPrivateEndpoint(now));
        // one of the two is always chosen
        publicEndpoint.setOnAction(event -> publicEndpoint.setSelected(true));
        privateEndpoint.setOnAction(event -> privateEndpoint.setSelected(true));
        // Only the user's choice selects a workspace: when the list is refreshed the ComboBox may move
        // its value by itself, so the picker is put back on the shell's workspace, never the reverse.
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            workspacePicker.setValue(model.workspaceProperty().get());
            syncing[0] = false;
        };
        workspacePicker.valueProperty().addListener((obs, old, now) -> {
            if (!syncing[0] && !model.isUpdatingWorkspaces() && now != null) {
                model.selectWorkspace(now);
            }
        });
        model.workspaceProperty().addListener((obs, old, now) -> sync.run());
        // After the ComboBox has reacted to the new list itself (it may clear its value last).
        model.workspaces().addListener((javafx.collections.ListChangeListener<WorkspaceScope>) change ->
                javafx.application.Platform.runLater(sync));
        // A region without a workspace says so in the picker (once its list has arrived, not while loading).
        javafx.beans.InvalidationListener prompt = observable -> {
            workspacePicker.setPromptText(messages.get(model.noWorkspaceProperty().get() ? "workspace.none"
                    : "workspace.prompt"));
            workspacePicker.setButtonCell(new WorkspaceCell(workspacePicker));
        };
        model.noWorkspaceProperty().addListener(prompt);
        // The shell may have chosen its workspace before this bar was made (a start that restores
        // the saved inventory at once): show what is chosen now, not only what changes later.
        sync.run();
        prompt.invalidated(model.noWorkspaceProperty());
        themeToggle.setOnAction(event -> theme.toggle());
        theme.darkProperty().addListener((obs, old, dark) -> showThemeIcon(dark));
        showThemeIcon(theme.darkProperty().get());
    }

    private void showRegion() {
        regionPicker.getItems().stream()
                .filter(item -> !item.isHeading() && item.region().equals(model.regionProperty().get()))
                .findFirst().ifPresent(regionPicker::setValue);
    }

    private void showThemeIcon(boolean dark) {
        themeToggle.setGraphic(Icons.icon(dark ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignS.SHIELD_MOON_OUTLINE));
    }

    /** Headings are shown bold and cannot be picked. */
    private static final class RegionCell extends ListCell<RegionItem> {
        @Override
        protected void updateItem(RegionItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("region-heading");
            setDisable(false);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.text());
            if (item.isHeading()) {
                getStyleClass().add("region-heading");
                setDisable(true);
            }
        }
    }

    /** A workspace by name; as the picker's button, the prompt when none is chosen. */
    private static final class WorkspaceCell extends ListCell<WorkspaceScope> {
        private final ComboBox<WorkspaceScope> picker;

        WorkspaceCell(ComboBox<WorkspaceScope> picker) {
            this.picker = picker;
        }

        @Override
        protected void updateItem(WorkspaceScope item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? (picker == null ? null : picker.getPromptText()) : item.workspaceName());
        }
    }
}
