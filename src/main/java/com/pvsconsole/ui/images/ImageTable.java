package com.pvsconsole.ui.images;

import atlantafx.base.theme.Styles;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.ui.common.Messages;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A sortable image table (workspace or stock): name, OS, architecture, state, storage type, created. */
final class ImageTable {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImageTable() {
    }

    static TableView<ImageReference> create(String id, ObservableList<ImageReference> images, Messages messages,
                                            ZoneId zone) {
        TableView<ImageReference> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add(Styles.STRIPED);
        SortedList<ImageReference> sorted = new SortedList<>(images);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("page.empty")));
        // Columns as wide as their values and headers, spare width to the name, sideways scrolling
        // when they do not fit: fit-to-width cut names to "..." and a sorted "Tier" header to "...".
        com.pvsconsole.ui.common.FittedColumns.fitToValues(table);
        table.getColumns().addAll(List.of(
                column(messages, "name", ImageReference::name, 220),
                column(messages, "os", i -> i.specifications() == null ? "" : i.specifications().operatingSystem(), 100),
                column(messages, "architecture",
                        i -> i.specifications() == null ? "" : i.specifications().architecture(), 110),
                column(messages, "state", ImageReference::state, 90),
                column(messages, "storageType", ImageReference::storageType, 110),
                column(messages, "created", i -> created(i.creationDate(), zone), 140)));
        return table;
    }

    private static TableColumn<ImageReference, String> column(Messages messages, String key,
            Function<ImageReference, String> value, double width) {
        TableColumn<ImageReference, String> column = new TableColumn<>(messages.get("column." + key));
        column.setId("image-col-" + key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                Objects.requireNonNullElse(value.apply(cell.getValue()), "")));
        column.setPrefWidth(width);
        return column;
    }

    static String created(String iso, ZoneId zone) {
        return com.pvsconsole.ui.common.Timestamps.dateTime(iso, zone);
    }
}
