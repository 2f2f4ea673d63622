package com.pvsconsole.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's fixed tooltip, made when the pointer first enters the control rather than with it.
 * Every tooltip is a popup window with a scene of its own; the first window had some thirty of them
 * (top bar, action buttons, menus), all made on the FX thread before its first frame with rows,
 * though few are ever shown. Installed on entering, the tooltip still sees the pointer's next move,
 * which starts its timer, so it shows as an eagerly made one would.
 */
public final class HoverTooltip {

    private HoverTooltip() {
    }

    public static void install(Control control, String text) {
        EventHandler<MouseEvent> onEnter = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, onEnter);
    }
}
