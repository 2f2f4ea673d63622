package com.pvsconsole.ui.images;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.resources.ResourcePageFrame;
import com.pvsconsole.ui.search.SearchField;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The Images page: a tab for the workspace's images (delete, export) and one for the stock catalogue
 * (import under a name, export), one filter for both, and the selected image's details below.
 */
public final class ImagesView extends View<VBox> {

    private final ImagesViewModel model;
    private final ImageActionsViewModel actions;
    private final ExportMenu export;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private SearchField filter;
    private TabPane tabs;
    private TableView<ImageReference> workspaceTable;
    private TableView<ImageReference> stockTable;
    private Button delete;
    private TextField importName;
    private Label importNameError;
    private Button importButton;
    private ProgressIndicator importing;
    private Label importStatus;

    public ImagesView(ImagesViewModel model, ImageActionsViewModel actions, ExportMenu export, DialogService dialogs,
                      Messages messages, ZoneId zone) {
        this.model = model;
        this.actions = actions;
        this.export = export;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
    }

    @Override
    protected VBox createView() {
        filter = new SearchField("images-filter", model.search(), messages);
        // The title row of the other resource pages, so the search box sits where it does there
        // (no count: the two tabs list different images).
        HBox header = ResourcePageFrame.header("images", messages.get("nav.images"), null, model.loadingProperty(),
                model::reload, filter, messages);

        workspaceTable = ImageTable.create("images-table", model.workspaceImages(), messages, zone);
        // Copy as code for a workspace image: read it, and a Terraform import block to manage it.
        workspaceTable.setContextMenu(new javafx.scene.control.ContextMenu(com.pvsconsole.ui.code.CopyAsCode.menuItem(
                "image", () -> java.util.Optional.ofNullable(workspaceTable.getSelectionModel().getSelectedItem())
                        .flatMap(actions::existingCode), dialogs, messages)));
        stockTable = ImageTable.create("stock-images-table", model.stockImages(), messages, zone);
        filter.placeholderOf(workspaceTable).placeholderOf(stockTable);
        tabs = new TabPane(workspaceTab(), stockTab());
        tabs.setId("images-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        ProblemBanner loadBanner = new ProblemBanner("images", model.problemProperty(), model::dismissProblem,
                dialogs, messages);
        ProblemBanner actionBanner = new ProblemBanner("image-action", actions.actionProblemProperty(),
                actions::dismissProblem, dialogs, messages);
        ImageDetailsView details = new ImageDetailsView(model, messages, zone);
        SplitPane split = new SplitPane(tabs, details.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(details.root(), false);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox page = new VBox(8, header, loadBanner, actionBanner, split);
        page.setId("images-page");
        page.setPadding(new Insets(10, 12, 6, 12));
        return page;
    }

    private Tab workspaceTab() {
        delete = new Button(messages.get("action.delete"), Icons.icon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("image-delete");
        delete.getStyleClass().add(Styles.DANGER);
        HBox bar = new HBox(8, delete, new Spacer(), export.forTable("images", "images", workspaceTable));
        bar.setAlignment(Pos.CENTER_LEFT);
        return tab("images-tab-workspace", "images.tab.workspace", bar, workspaceTable);
    }

    private Tab stockTab() {
        importName = new TextField();
        importName.setId("image-import-name");
        importName.setPromptText(messages.get("images.import.namePrompt"));
        importName.setPrefWidth(220);
        importNameError = new Label();
        importNameError.setId("image-import-name-error");
        importNameError.getStyleClass().add(Styles.DANGER);
        importButton = new Button(messages.get("images.import"), Icons.icon(MaterialDesignI.IMPORT));
        importButton.setId("image-import");
        importButton.getStyleClass().add(Styles.ACCENT);
        importing = new ProgressIndicator(-1);
        importing.setPrefSize(16, 16);
        importStatus = new Label();
        importStatus.setId("image-import-status");
        Label caption = new Label(messages.get("images.import.as"));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, caption, importName, importButton,
                com.pvsconsole.ui.code.CopyAsCode.button("image-import", actions::importCode, dialogs, messages),
                importing, importStatus,
                new Spacer(), export.forTable("stock-images", "stock-images", stockTable));
        bar.setAlignment(Pos.CENTER_LEFT);
        return tab("images-tab-stock", "images.tab.stock", new VBox(4, bar, importNameError), stockTable);
    }

    private Tab tab(String id, String key, javafx.scene.Node bar, TableView<ImageReference> table) {
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(6, bar, table);
        content.setPadding(new Insets(6, 0, 0, 0));
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    @Override
    protected void initListeners() {
        // The store lists the workspace's images only while this page is on screen.
        root().parentProperty().addListener((obs, old, now) -> model.setShown(now != null));
        watchSelection(workspaceTable, false);
        watchSelection(stockTable, true);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            TableView<ImageReference> shown = index.intValue() == 0 ? workspaceTable : stockTable;
            ImageReference selected = shown.getSelectionModel().getSelectedItem();
            model.select(selected == null ? null : new ImagesViewModel.Selection(selected, shown == stockTable));
        });
        delete.disableProperty().bind(actions.canDeleteBinding().not());
        delete.setOnAction(event -> actions.deleteSelected());
        importName.textProperty().bindBidirectional(actions.importNameProperty());
        importNameError.textProperty().bind(actions.importNameErrorProperty());
        importNameError.visibleProperty().bind(actions.importNameErrorProperty().isNotEmpty());
        importNameError.managedProperty().bind(importNameError.visibleProperty());
        importButton.disableProperty().bind(actions.canImportBinding().not());
        importButton.setOnAction(event -> actions.importSelected());
        importName.setOnAction(event -> actions.importSelected());
        importing.visibleProperty().bind(actions.importingProperty());
        importing.managedProperty().bind(actions.importingProperty());
        importStatus.textProperty().bind(actions.importStatusProperty());
        importName.disableProperty().bind(Bindings.or(actions.importingProperty(),
                stockTable.getSelectionModel().selectedItemProperty().isNull()));
    }

    private void watchSelection(TableView<ImageReference> table, boolean stock) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (tabs.getSelectionModel().getSelectedIndex() == (stock ? 1 : 0)) {
                model.select(now == null ? null : new ImagesViewModel.Selection(now, stock));
            }
        });
    }
}
