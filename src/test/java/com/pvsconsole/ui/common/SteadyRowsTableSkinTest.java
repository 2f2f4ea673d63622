package com.pvsconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SteadyRowsTableSkinTest {

    /** A row with identity equality, like the console's rows. */
    static final class Item {
        final int number;

        Item(int number) {
            this.number = number;
        }
    }

    private final ObservableList<Item> source = FXCollections.observableArrayList(
            IntStream.range(0, 200).mapToObj(Item::new).toList());
    private final FilteredList<Item> shown = new FilteredList<>(source);
    /** Cells of rows still in the list that were emptied on the way to their new item. */
    private final AtomicInteger emptiedInPassing = new AtomicInteger();
    private TableView<Item> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>(shown);
        table.setFixedCellSize(24);
        SteadyRowsTableSkin.install(table);
        TableColumn<Item, String> name = new TableColumn<>("name");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper("item-" + cell.getValue().number));
        name.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                boolean wasFilled = !isEmpty();
                super.updateItem(item, empty);
                // Rows on screen only (the skin's measuring cells live outside it). The stock
                // rebuild empties each at index -1 before refilling it.
                boolean onScreen = getTableRow() != null && getTableRow().getParent() != null;
                if (onScreen && empty && wasFilled && getIndex() < shown.size()) {
                    emptiedInPassing.incrementAndGet();
                }
                setText(empty ? null : item);
            }
        });
        table.getColumns().add(name);
        stage.setScene(new Scene(table, 300, 300));
        stage.show();
    }

    @Test
    void should_refill_the_visible_rows_in_place_when_a_filter_replaces_the_items(FxRobot robot) {
        // given the table showing the first rows
        assertThat(visibleTexts(robot)).startsWith("item-0", "item-1", "item-2");

        // when a filter keeps every other row (the list fires one change replacing all its items)
        filter(robot, item -> item.number % 2 == 1);

        // then the visible rows show the new items, and none was emptied before being refilled
        assertThat(visibleTexts(robot)).startsWith("item-1", "item-3", "item-5").allMatch(text -> {
            int number = Integer.parseInt(text.substring("item-".length()));
            return number % 2 == 1;
        });
        assertThat(emptiedInPassing).hasValue(0);
    }

    @Test
    void should_empty_the_rows_past_a_shorter_list_and_fill_them_again_when_it_grows(FxRobot robot) {
        // when the filter leaves three rows
        filter(robot, item -> item.number < 3);
        // then exactly those three rows show items
        assertThat(visibleTexts(robot)).containsExactly("item-0", "item-1", "item-2");

        // when nothing matches, then no row shows an item
        filter(robot, item -> false);
        assertThat(visibleTexts(robot)).isEmpty();

        // when the filter is cleared, then the rows fill again from the top
        filter(robot, item -> true);
        assertThat(visibleTexts(robot)).startsWith("item-0", "item-1", "item-2").hasSizeGreaterThan(5);
    }

    private void filter(FxRobot robot, Predicate<Item> predicate) {
        robot.interact(() -> shown.setPredicate(predicate));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the filled, visible rows, top to bottom. */
    private List<String> visibleTexts(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.isVisible() && !row.isEmpty() && row.getIndex() >= 0)
                .sorted(java.util.Comparator.comparingInt(TableRow::getIndex))
                .map(row -> ((TableCell<?, ?>) row.lookup(".table-cell")).getText())
                .toList();
    }
}
