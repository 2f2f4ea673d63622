package com.pvsconsole.ui.events;

import com.pvsconsole.ui.common.Icons;
import java.util.Locale;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** An event's level as icon, colour and word (colour is never the only cue). */
public final class EventLevelCell<S> extends TableCell<S, String> {

    /** The icon for a level; unknown levels get the info icon. */
    public static Ikon icon(String level) {
        return switch (normal(level)) {
            case "error" -> MaterialDesignA.ALERT_OCTAGON;
            case "warning" -> MaterialDesignA.ALERT;
            case "notice" -> MaterialDesignB.BELL_OUTLINE;
            default -> MaterialDesignI.INFORMATION_OUTLINE;
        };
    }

    /** CSS class giving the level's colour, e.g. {@code event-level-error}. */
    public static String styleClass(String level) {
        return "event-level-" + normal(level);
    }

    @Override
    protected void updateItem(String level, boolean empty) {
        super.updateItem(level, empty);
        getStyleClass().removeIf(style -> style.startsWith("event-level-"));
        if (empty || level == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(level);
        setGraphic(Icons.icon(icon(level)));
        getStyleClass().add(styleClass(level));
    }

    private static String normal(String level) {
        String value = level == null ? "" : level.toLowerCase(Locale.ROOT);
        return switch (value) {
            case "error", "warning", "notice" -> value;
            default -> "info";
        };
    }
}
