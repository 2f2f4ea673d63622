package com.pvsconsole.ui.resources;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.export.ExportMenu;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** A read-only, sortable list page: title, count, refresh, problem banner and a table. */
public final class ResourcePageView<T> extends View<VBox> {

    private final String id;
    private final String title;
    private final ResourcePageViewModel<T> model;
    private final Map<String, Function<T, String>> columns = new LinkedHashMap<>();
    private final DialogService dialogs;
    private final Messages messages;
    private TableView<T> table;
    private Label count;
    private Button refresh;
    private ProgressIndicator loading;
    private ExportMenu export;

    public ResourcePageView(String id, String title, ResourcePageViewModel<T> model, DialogService dialogs,
                            Messages messages) {
        this.id = id;
        this.title = title;
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Adds an Export menu (CSV/JSON of the shown rows); call before {@link #root()}. */
    public ResourcePageView<T> exportWith(ExportMenu menu) {
        this.export = menu;
        return this;
    }

    /** Adds a column; call before {@link #root()}. */
    public ResourcePageView<T> column(String header, Function<T, String> value) {
        columns.put(header, value);
        return this;
    }

    @Override
    protected VBox createView() {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        loading = new ProgressIndicator(-1);
        loading.setPrefSize(18, 18);
        refresh = new Button(messages.get("instances.refresh"), Icons.icon(MaterialDesignR.REFRESH));
        refresh.setId(id + "-refresh");
        refresh.setVisible(model.reloadable());
        table = new TableView<>();
        // a SortedList, so header clicks sort (the model's list is read-only) and export sees that order
        SortedList<T> sorted = new SortedList<>(model.items());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        HBox header = new HBox(10, heading, count, new Spacer(), loading, refresh);
        if (export != null) {
            header.getChildren().add(export.forTable(id, id, table));
        }
        header.setAlignment(Pos.CENTER_LEFT);
        table.setId(id + "-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setPlaceholder(new Label(messages.get("page.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns.forEach((header1, value) -> {
            TableColumn<T, String> column = new TableColumn<>(header1);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    Objects.requireNonNullElse(value.apply(cell.getValue()), "")));
            table.getColumns().add(column);
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        ProblemBanner banner = new ProblemBanner(id, model.problemProperty(), model::dismissProblem, dialogs, messages);
        VBox page = new VBox(8, header, banner, table);
        page.setId(id + "-page");
        page.setPadding(new Insets(10, 12, 6, 12));
        return page;
    }

    @Override
    protected void initListeners() {
        refresh.setOnAction(event -> model.reload());
        refresh.disableProperty().bind(model.loadingProperty());
        loading.visibleProperty().bind(model.loadingProperty());
        count.textProperty().bind(javafx.beans.binding.Bindings.size(model.items()).asString());
    }
}
