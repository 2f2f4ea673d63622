package com.pvsconsole.ui.workspace;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.workspace.DetailLine.Section;
import java.util.EnumMap;
import java.util.Map;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The read-only Workspace details page: one titled block per section, caption and value per line. */
public final class WorkspaceDetailsView extends View<VBox> {

    private static final Map<Section, String> TITLES = new EnumMap<>(Map.of(
            Section.GENERAL, "details.title",
            Section.CAPABILITIES, "workspaceInfo.capabilities",
            Section.LIMITS, "workspaceInfo.limits",
            Section.SECURITY_GROUPS, "workspaceInfo.securityGroups",
            Section.DHCP, "workspaceInfo.dhcp"));

    private final WorkspaceDetailsViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private VBox sections;

    public WorkspaceDetailsView(WorkspaceDetailsViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        Label heading = new Label(messages.get("workspaceInfo.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.loadingProperty());
        Button reload = new Button(messages.get("instances.refresh"), Icons.icon(MaterialDesignR.REFRESH));
        reload.setId("workspace-refresh");
        reload.setOnAction(e -> model.reload());
        HBox header = new HBox(10, heading, new Spacer(), spinner, reload);
        header.setAlignment(Pos.CENTER_LEFT);
        ProblemBanner banner = new ProblemBanner("workspace", model.status().problemProperty(),
                model.status()::dismissProblem, dialogs, messages);
        sections = new VBox(14);
        sections.setId("workspace-details");
        sections.setPadding(new Insets(4, 4, 12, 4));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox page = new VBox(8, header, banner, scroll);
        page.setId("workspace-page");
        page.setPadding(new Insets(10, 12, 6, 12));
        return page;
    }

    @Override
    protected void initListeners() {
        model.lines().addListener((ListChangeListener<DetailLine>) change -> render());
        render();
    }

    private void render() {
        sections.getChildren().clear();
        if (model.lines().isEmpty()) {
            Label empty = new Label(messages.get(model.loadingProperty().get() ? "workspaceInfo.loading"
                    : "workspaceInfo.noWorkspace"));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            sections.getChildren().add(empty);
            return;
        }
        for (Section section : Section.values()) {
            GridPane grid = new GridPane();
            grid.setId("workspace-" + section.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            grid.setHgap(16);
            grid.setVgap(4);
            int row = 0;
            for (DetailLine line : model.lines()) {
                if (line.section() != section) {
                    continue;
                }
                boolean repeated = section == Section.SECURITY_GROUPS || section == Section.DHCP;
                // A list section is already named by its title: its lines need no caption.
                Label caption = new Label(repeated ? "" : line.caption());
                caption.getStyleClass().add(Styles.TEXT_MUTED);
                caption.setMinWidth(Region.USE_PREF_SIZE);
                Label value = new Label(line.value());
                value.setWrapText(true);
                grid.add(caption, 0, row);
                grid.add(value, 1, row++);
            }
            Label title = new Label(messages.get(TITLES.get(section)));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            sections.getChildren().add(new VBox(6, title, grid));
        }
    }
}
