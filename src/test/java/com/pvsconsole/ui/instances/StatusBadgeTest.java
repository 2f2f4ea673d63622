package com.pvsconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status cell: an ERROR server's fault is its tooltip, a busy server shows what is going on,
 * and refilling the cell with the same kind of status does not touch its style classes (a style
 * class change restyles the badge; filtering refills every visible cell on each keystroke).
 */
@ExtendWith(ApplicationExtension.class)
class StatusBadgeTest {

    private StatusBadge cell;

    @Start
    void start(Stage stage) {
        cell = new StatusBadge();
        stage.setScene(new Scene(new StackPane(cell), 300, 60));
        stage.show();
    }

    private void show(StatusBadge.Shown shown) {
        WaitForAsyncUtils.asyncFx(() -> cell.updateItem(shown, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void should_give_an_error_servers_fault_as_the_tooltip_and_a_busy_servers_action_instead() {
        show(new StatusBadge.Shown("ERROR", false, "", false, "Host s922-dal10-07 lost storage connectivity"));
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo("Host s922-dal10-07 lost storage connectivity");

        show(new StatusBadge.Shown("ERROR", true, "Starting", false, "Host s922-dal10-07 lost storage connectivity"));
        assertThat(cell.getTooltip().getText()).contains("Starting");

        show(new StatusBadge.Shown("ACTIVE", false, "", false, ""));
        assertThat(cell.getTooltip()).isNull();
    }

    @Test
    void should_make_the_spinner_only_for_a_busy_server_and_keep_style_classes_for_the_same_status_group() {
        show(new StatusBadge.Shown("ACTIVE", false, "", false, ""));
        assertThat(cell.lookupAll(".progress-indicator")).isEmpty();
        var badge = cell.lookup(".status-badge");
        var before = java.util.List.copyOf(badge.getStyleClass());
        int[] changes = {0};
        badge.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> changes[0]++);

        show(new StatusBadge.Shown("ACTIVE", false, "", false, ""));
        assertThat(changes[0]).isZero();
        assertThat(badge.getStyleClass()).containsExactlyElementsOf(before);

        show(new StatusBadge.Shown("SHUTOFF", true, "Starting", false, ""));
        assertThat(cell.lookupAll(".progress-indicator")).hasSize(1).allMatch(ProgressIndicator.class::isInstance)
                .allMatch(javafx.scene.Node::isVisible);
        assertThat(badge.getStyleClass()).contains("status-badge", "status-shutoff").doesNotContain("status-active");
    }
}
