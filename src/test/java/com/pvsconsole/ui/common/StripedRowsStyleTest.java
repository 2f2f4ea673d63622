package com.pvsconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console's stylesheet gives each row of a striped table one background fill: with the
 * theme's two, JavaFX paints every row from a cached image, which in software rendering was a
 * third of a frame of the instance table. The stripes, the busy and flagged rows and the
 * selection must look as they did.
 */
@ExtendWith(ApplicationExtension.class)
class StripedRowsStyleTest {

    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");

    private TableView<String> table;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        table = new TableView<>(FXCollections.observableArrayList("even-a", "odd-busy", "even-c", "odd-d", "even-e",
                "odd-flagged"));
        table.getStyleClass().add(Styles.STRIPED);
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()));
        table.getColumns().add(name);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(BUSY, !empty && item.endsWith("busy"));
                pseudoClassStateChanged(FLAGGED, !empty && item.endsWith("flagged"));
            }
        });
        Scene scene = new Scene(table, 400, 320);
        scene.getStylesheets().add(ThemeSwitcher.consoleStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void should_fill_each_striped_row_once_and_keep_its_stripe_busy_flagged_and_selected_look() {
        // given the table shown
        WaitForAsyncUtils.waitForFxEvents();

        // then every filled row has one fill, the even and odd rows differ, and busy and flagged rows
        // have colours of their own (their rules beat the odd stripe)
        List<TableRow<?>> rows = filledRows();
        assertThat(rows).hasSize(6);
        assertThat(rows).allSatisfy(row -> assertThat(row.getBackground().getFills()).hasSize(1));
        Paint even = fill(rows.get(0));
        Paint odd = fill(rows.get(3));
        assertThat(fill(rows.get(2))).isEqualTo(even);
        assertThat(fill(rows.get(4))).isEqualTo(even);
        assertThat(odd).isNotEqualTo(even);
        Paint busy = fill(rows.get(1));
        Paint flagged = fill(rows.get(5));
        assertThat(List.of(busy, flagged)).doesNotContain(even, odd);
        assertThat(busy).isNotEqualTo(flagged);

        // when an odd row is selected
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();

        // then it shows the selection (an accent stripe at the left over the accent fill), not its stripe
        List<BackgroundFill> selected = filledRows().get(3).getBackground().getFills();
        assertThat(selected).hasSize(2);
        assertThat(selected.get(1).getInsets().getLeft()).isEqualTo(4);
        assertThat(selected.get(1).getFill()).isNotIn(even, odd);
    }

    private List<TableRow<?>> filledRows() {
        return table.lookupAll(".table-row-cell").stream()
                .<TableRow<?>>map(node -> (TableRow<?>) node)
                .filter(row -> !row.isEmpty() && row.isVisible())
                .sorted(Comparator.comparingInt(TableRow::getIndex))
                .toList();
    }

    private static Paint fill(TableRow<?> row) {
        return row.getBackground().getFills().get(0).getFill();
    }
}
