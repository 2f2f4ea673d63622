package com.pvsconsole.ui.resources;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/**
 * A state shown as a coloured badge with its text (colour is never the only cue). The style
 * class comes from the caller's mapping: {@code state-ok}, {@code state-used}, {@code state-busy},
 * {@code state-error}.
 */
public final class StateBadgeCell<S> extends TableCell<S, String> {

    private final Label badge = new Label();
    private final Function<String, String> styleOf;

    public StateBadgeCell(Function<String, String> styleOf) {
        this.styleOf = styleOf;
        badge.getStyleClass().addAll("status-badge", "state-badge");
    }

    @Override
    protected void updateItem(String state, boolean empty) {
        super.updateItem(state, empty);
        if (empty || state == null || state.isBlank()) {
            setGraphic(null);
            return;
        }
        badge.setText(state.toLowerCase(Locale.ROOT));
        badge.getStyleClass().removeIf(style -> style.startsWith("state-") && !style.equals("state-badge"));
        badge.getStyleClass().add(styleOf.apply(state.toLowerCase(Locale.ROOT)));
        setGraphic(badge);
    }
}
