package com.pvsconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A free-text cell (name, OS, addresses) gives a value the column cuts whole in its tooltip when
 * the pointer enters it, and makes no tooltip for a value it shows in full: a tooltip is a popup window with its own scene,
 * and one per cell held the FX thread for over 100 ms when All servers got its first rows.
 */
@ExtendWith(ApplicationExtension.class)
class WholeValueCellTest {

    private static final String LONG = "aixprod-db01-with-a-name-far-longer-than-its-column.example.internal";

    private InstanceTable.WholeValueCell cell;
    private StackPane pane;

    @Start
    void start(Stage stage) {
        cell = new InstanceTable.WholeValueCell();
        pane = new StackPane(cell);
        stage.setScene(new Scene(pane, 600, 60));
        stage.show();
    }

    private void show(String value, double width) {
        WaitForAsyncUtils.asyncFx(() -> {
            cell.setMinWidth(width);
            cell.setMaxWidth(width);
            cell.updateItem(value, value == null);
            pane.layout();
            // the pointer enters the cell: that is when a cut value gets its tooltip
            cell.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void should_give_a_cut_value_whole_in_the_tooltip_and_no_tooltip_to_a_value_shown_in_full() {
        // given a column too narrow for the value
        show(LONG, 80);
        // then the tooltip carries it whole
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(LONG);

        // when the same cell shows a short value
        show("db01", 80);
        // then no tooltip
        assertThat(cell.getTooltip()).isNull();

        // when the column is widened enough for the long value
        show(LONG, 590);
        // then it is drawn in full and needs none
        assertThat(cell.getTooltip()).isNull();

        // and an empty cell has none
        show(null, 80);
        assertThat(cell.getTooltip()).isNull();
        assertThat(cell.getText()).isNull();
    }
}
