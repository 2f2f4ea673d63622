package com.pvsconsole.ui.instances;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.ColumnVisibility;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.search.SearchField;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.export.ExportMenu;
import java.util.Locale;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The instance browser: filter and chips, actions, problem banners, the table and the details pane. */
public final class InstancesView extends View<VBox> {

    private final InstancesViewModel model;
    private final InstanceActionsViewModel actions;
    private final InstanceDetailsViewModel details;
    private final ProvisioningActionsViewModel provisioning;
    private final DialogService dialogs;
    private final Messages messages;
    private CustomTextField filter;
    private SearchField search;
    private Label count;
    private TableView<InstanceRow> table;
    private Button refresh;
    private Button cancel;
    private ProgressIndicator loading;
    private Label result;
    private ExportMenu export;

    private final Supplier<? extends Node> volumesTab;
    private com.pvsconsole.ui.search.SavedViews savedViews;
    private Supplier<? extends Node> networksTab;
    private Supplier<? extends Node> snapshotsTab;

    /** {@code volumesTab} makes the details pane's Volumes tab, once, when the first server is shown. */
    public InstancesView(InstancesViewModel model, InstanceActionsViewModel actions, InstanceDetailsViewModel details,
                         ProvisioningActionsViewModel provisioning, Supplier<? extends Node> volumesTab,
                         DialogService dialogs, Messages messages) {
        this.volumesTab = volumesTab;
        this.model = model;
        this.actions = actions;
        this.details = details;
        this.provisioning = provisioning;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Adds a "Save view" button beside the search (All servers); call before {@link #root()}. */
    public InstancesView savingViewsTo(com.pvsconsole.ui.search.SavedViews views) {
        this.savedViews = views;
        return this;
    }

    private ExplainControls explain;

    /** Offers Explain from the context menu and the details pane; call before {@link #root()}. */
    public InstancesView explainWith(ExplainControls controls) {
        this.explain = controls;
        return this;
    }

    /**
     * The details pane's Networks tab (the server's interfaces, add and remove) and Snapshots tab, made
     * when the first server is shown; call before {@link #root()}. Without it the Networks tab lists
     * the addresses read-only.
     */
    public InstancesView withDetailTabs(Supplier<? extends Node> networks, Supplier<? extends Node> snapshots) {
        this.networksTab = networks;
        this.snapshotsTab = snapshots;
        return this;
    }

    /** Adds an Export menu (CSV/JSON of the rows and columns shown); call before {@link #root()}. */
    public InstancesView exportWith(ExportMenu menu) {
        this.export = menu;
        return this;
    }

    @Override
    protected VBox createView() {
        String idPrefix = model.isFleet() ? "servers" : "instance";
        search = new SearchField(idPrefix + "-filter", model.search(), messages);
        filter = search.field();
        filter.setPrefWidth(260);
        // Chips wrap to a second line rather than pushing the bar past a 1024 px window.
        FlowPane chips = new FlowPane(4, 4);
        chips.setPrefWrapLength(430);
        for (StatusGroup group : StatusGroup.values()) {
            ToggleButton chip = new ToggleButton(messages.get("chip." + group.name().toLowerCase(Locale.ROOT)));
            chip.setId((model.isFleet() ? "servers-chip-" : "chip-") + group.name().toLowerCase(Locale.ROOT));
            chip.getStyleClass().addAll("status-chip", group.styleClass(), Styles.SMALL);
            chip.selectedProperty().addListener((obs, old, on) -> {
                if (on != model.chipOn(group)) {
                    model.toggleChip(group, on);
                }
            });
            // The chips and the query are one filter: typing status:error lights the Error chip.
            model.filterTextProperty().addListener((obs, old, text) -> chip.setSelected(model.chipOn(group)));
            chips.getChildren().add(chip);
        }
        count = new Label();
        count.setId("instance-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        loading = new ProgressIndicator(-1);
        loading.setId("instances-loading");
        loading.setPrefSize(18, 18);
        refresh = new Button(messages.get("instances.refresh"), Icons.icon(MaterialDesignR.REFRESH));
        refresh.setId("refresh-button");
        cancel = new Button(messages.get("instances.cancel"), Icons.icon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("cancel-load-button");

        table = InstanceTable.create(model, messages);
        search.placeholderOf(table);
        ColumnVisibility.bind(table, model.visibleColumnsProperty());
        InstanceActionControls controls = new InstanceActionControls(actions, messages);
        table.setContextMenu(controls.contextMenu());
        ProvisioningControls provisioningControls = new ProvisioningControls(provisioning, dialogs, messages,
                () -> table.getScene() == null ? null : table.getScene().getWindow());
        chips.setMinWidth(180);
        count.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(170); // "Search" and a short term stay readable at 1024 px; the chips wrap instead
        // Refresh and the Cancel shown during a load share one slot, so Cancel never squeezes the chips.
        StackPane refreshSlot = new StackPane(refresh, cancel);
        refreshSlot.setMinWidth(Region.USE_PREF_SIZE);
        loading.setMinWidth(Region.USE_PREF_SIZE);
        HBox filterBar = new HBox(10, search, chips, new Spacer(), loading, refreshSlot,
                InstanceTable.columnChooser(table, messages));
        if (savedViews != null) {
            filterBar.getChildren().add(1, saveViewButton());
        }
        if (export != null) { // icon only: both rows are nearly full at 1280 px
            javafx.scene.control.MenuButton exportMenu = export.forTable("instances", "instances", table);
            exportMenu.setText(null);
            exportMenu.setTooltip(new javafx.scene.control.Tooltip(messages.get("export.button")));
            filterBar.getChildren().add(exportMenu);
        }
        filterBar.setAlignment(Pos.CENTER_LEFT);
        // Wraps rather than truncating labels when the window is too narrow for every action.
        FlowPane actionBar = new FlowPane(6, 6);
        actionBar.setId("action-bar");
        actionBar.getChildren().addAll(controls.buttons());
        actionBar.getChildren().addAll(provisioningControls.buttons());
        table.getContextMenu().getItems().addAll(provisioningControls.menuItems());
        if (explain != null) {
            table.getContextMenu().getItems().add(explain.menuItem(table.getContextMenu(), () ->
                    table.getSelectionModel().getSelectedItems().size() == 1
                            ? table.getSelectionModel().getSelectedItems().get(0) : null));
        }
        table.getContextMenu().getItems().add(com.pvsconsole.ui.code.CopyAsCode.menuItem("instance",
                details::copyAsCode, dialogs, messages));
        actionBar.setAlignment(Pos.CENTER_LEFT);
        result = new Label();
        result.setId("action-result");
        result.setWrapText(true);
        result.getStyleClass().add(Styles.TEXT_SMALL);
        // The count, an invalid query's reason and the last action's result share the line above the
        // table: their text changes as the user selects and types, and in the toolbar it changed the
        // chips' room (they wrapped onto a third line, and at 1024 px pushed the window past its edge).
        Label queryError = search.detachError();
        HBox caption = new HBox(16, count, queryError, result);
        caption.setId(idPrefix + "-caption");
        caption.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);

        // One banner for load and action problems, with a count, so two failures never bury the table.
        ProblemBanner banner = new ProblemBanner("instances", java.util.List.of(
                new ProblemBanner.Source(model.loadProblemProperty(), model::dismissProblem),
                new ProblemBanner.Source(actions.actionProblemProperty(), actions::dismissProblem)), dialogs, messages);
        InstanceDetailsView detailsView = new InstanceDetailsView(details, actions, volumesTab, dialogs, messages)
                .explainWith(explain).withTabs(networksTab, snapshotsTab);
        // Details below the table: at 1280 px the table keeps every column readable.
        SplitPane split = new SplitPane(table, detailsView.root());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(detailsView.root(), false);
        VBox.setVgrow(split, Priority.ALWAYS);

        VBox page = new VBox(8, filterBar, actionBar, caption, banner, split);
        page.setId("instances-page");
        page.setPadding(new Insets(10, 12, 6, 12));
        return page;
    }

    /** Icon only: the filter bar is full at 1024 px. Saves the query and the visible columns. */
    private Button saveViewButton() {
        Button save = new Button(null, Icons.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignB.BOOKMARK_PLUS_OUTLINE));
        save.setId("save-view-button");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setTooltip(new javafx.scene.control.Tooltip(messages.get("savedView.save")));
        save.setOnAction(event -> {
            javafx.scene.control.TextField name = new javafx.scene.control.TextField();
            name.setId("saved-view-name");
            name.setPromptText(messages.get("savedView.namePrompt"));
            Label replaces = new Label();
            replaces.setId("saved-view-replaces");
            replaces.getStyleClass().add(Styles.TEXT_MUTED);
            replaces.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> savedViews.exists(name.getText()) ? messages.get("savedView.replaces") : "",
                    name.textProperty()));
            String query = model.search().textProperty().get();
            Label what = new Label(query == null || query.isBlank() ? messages.get("savedView.noQuery") : query);
            what.setMnemonicParsing(false);
            what.setWrapText(true);
            VBox form = new VBox(8, what, name, replaces);
            form.setPrefWidth(360);
            if (dialogs.showForm("save-view", messages.get("savedView.save"), form,
                    messages.get("savedView.saveButton"), name.textProperty().isNotEmpty())) {
                List<String> columns = table.getColumns().stream().filter(javafx.scene.control.TableColumn::isVisible)
                        .map(javafx.scene.control.TableColumn::getId).toList();
                savedViews.save(name.getText(), query, columns);
            }
        });
        return save;
    }

    @Override
    protected void initListeners() {
        // "12 of 40", and with a multi-selection "12 of 40 · 3 selected"
        javafx.collections.ObservableList<InstanceRow> selectedRows = table.getSelectionModel().getSelectedItems();
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> selectedRows.size() > 1 ? messages.get("instances.countSelected", model.countProperty().get(),
                        selectedRows.size()) : model.countProperty().get(), model.countProperty(), selectedRows));
        loading.visibleProperty().bind(model.loadingProperty());
        cancel.visibleProperty().bind(model.loadingProperty());
        refresh.visibleProperty().bind(model.loadingProperty().not());
        refresh.setOnAction(event -> model.refresh());
        cancel.setOnAction(event -> model.cancelLoad());
        Label emptyPlaceholder = (Label) table.getPlaceholder();
        // Never "No instances in this workspace" when there is no workspace: the region has none, or
        // its list could not be had (a refused key, an outage), and All servers is no one workspace.
        javafx.beans.value.ObservableValue<?> workspace = model.isFleet()
                ? new javafx.beans.property.SimpleObjectProperty<>() : model.workspaceProperty();
        emptyPlaceholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(provisioning.noWorkspaceProperty().get() ? "instances.noWorkspace"
                        : model.loadProblemProperty().get() != null ? "instances.notLoaded"
                        : model.isFleet() ? "instances.emptyFleet"
                        : workspace.getValue() == null ? "instances.noWorkspaceOpen" : "instances.empty"),
                model.loadProblemProperty(), provisioning.noWorkspaceProperty(), workspace));
        result.textProperty().bind(actions.lastResultProperty());
        // A bulk action's line outgrows the window; the tooltip holds every server's result, one a line.
        javafx.scene.control.Tooltip wholeResult = new javafx.scene.control.Tooltip();
        wholeResult.textProperty().bind(actions.lastResultProperty().map(text -> text.replace(" · ", "\n")));
        result.setTooltip(wholeResult);
        result.visibleProperty().bind(actions.lastResultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<InstanceRow>) change -> {
            actions.setSelection(table.getSelectionModel().getSelectedItems());
            provisioning.setSelection(table.getSelectionModel().getSelectedItems());
            // selectedItem may still be stale while selectedItems changes: take the list's entry
            details.show(table.getSelectionModel().getSelectedItems().size() == 1
                    ? table.getSelectionModel().getSelectedItems().get(0) : null);
        });
        // A server asked for (Ctrl+K): selected once its row is in the table, after the selection
        // listeners above, so a page made by the jump opens on the server's details too.
        search.revealsIn(table, InstanceRow::id);
        KeyCombination findShortcut = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination refreshShortcut = new KeyCodeCombination(KeyCode.F5);
        root().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(findShortcut, filter::requestFocus);
                scene.getAccelerators().put(refreshShortcut, model::refresh);
            }
        });
    }
}
