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
    private final ProgressIndicator spinner = new ProgressIndicator(-1);
    private final HBox box = new HBox(4, badge, spinner, pending);
    private Tooltip tip;

    StatusBadge() {
        badge.getStyleClass().add("status-badge");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        spinner.setMinSize(14, 14);
        // The badge and the spinner always have room; a long pending action ("Immediate shutdown…")
        // may shorten, and the cell's tooltip then gives it in full.
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
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
        // An ERROR server says why where the eye already is: the service's fault as the cell's tooltip.
        setTooltip(shown.fault().isEmpty() ? null : faultTip(shown.fault()));
        String status = shown.status();
        badge.setText(status);
        badge.getStyleClass().removeIf(style -> style.startsWith("status-") && !style.equals("status-badge"));
        badge.getStyleClass().add(StatusGroup.of(status).styleClass());
        badge.setGraphic(shown.flagged() ? Icons.icon(MaterialDesignA.ALERT) : null);
        boolean busy = shown.busy();
        spinner.setVisible(busy);
        spinner.setManaged(busy);
        pending.setText(busy ? shown.pendingAction() + "…" : "");
        setTooltip(busy ? new javafx.scene.control.Tooltip(status + " \u00b7 " + shown.pendingAction() + "…") : null);
        setGraphic(box);
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
