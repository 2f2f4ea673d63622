package com.pvsconsole.ui.instances;

import com.pvsconsole.ui.common.Icons;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The status column: a coloured badge with the status text (colour is never the only cue),
 * a spinner and the pending action while an action is in flight, an alert icon when flagged.
 */
final class StatusBadge extends TableCell<InstanceRow, StatusBadge.Shown> {

    /** What the badge shows; a new value on every change so the cell always redraws. */
    record Shown(String status, boolean busy, String pendingAction, boolean flagged, String fault) {
    }

    private final Label badge = new Label();
    private final Label pending = new Label();
    private final HBox box = new HBox(4, badge, pending);
    /** Made the first time this cell shows a busy server: an idle spinner in every cell is costly to style. */
    private ProgressIndicator spinner;
    private String statusClass;
    private Tooltip tip;

    StatusBadge() {
        badge.getStyleClass().add("status-badge");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pending.getStyleClass().add("pending-action");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Shown shown, boolean empty) {
        super.updateItem(shown, empty);
        if (empty || shown == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String status = shown.status();
        badge.setText(status);
        // Style classes change only when the status group does: every change restyles the badge,
        // and scrolling or filtering re-fills each visible cell.
        String wanted = StatusGroup.of(status).styleClass();
        if (!wanted.equals(statusClass)) {
            if (statusClass != null) {
                badge.getStyleClass().remove(statusClass);
            }
            badge.getStyleClass().add(wanted);
            statusClass = wanted;
        }
        if (shown.flagged() != (badge.getGraphic() != null)) {
            badge.setGraphic(shown.flagged() ? Icons.icon(MaterialDesignA.ALERT) : null);
        }
        boolean busy = shown.busy();
        if (busy && spinner == null) {
            spinner = new ProgressIndicator(-1);
            // The badge and the spinner always have room; a long pending action ("Immediate shutdown…")
            // may shorten, and the cell's tooltip then gives it in full.
            spinner.setMinSize(14, 14);
            spinner.setPrefSize(14, 14);
            spinner.setMaxSize(14, 14);
            box.getChildren().add(1, spinner);
        }
        if (spinner != null) {
            spinner.setVisible(busy);
            spinner.setManaged(busy);
        }
        pending.setText(busy ? shown.pendingAction() + "…" : "");
        // Busy: what is going on; otherwise an ERROR server says why where the eye already is (the fault).
        setTooltip(busy ? new javafx.scene.control.Tooltip(status + " \u00b7 " + shown.pendingAction() + "…")
                : shown.fault().isEmpty() ? null : faultTip(shown.fault()));
        if (getGraphic() != box) {
            setGraphic(box);
        }
    }

    private Tooltip faultTip(String fault) {
        if (tip == null) {
            tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDelay(Duration.millis(300));
        }
        tip.setText(fault);
        return tip;
    }
}
