package com.pvsconsole.ui.events;

import com.pvsconsole.api.model.Event;
import com.pvsconsole.ui.common.Icons;
import java.time.ZoneId;
import java.util.Objects;
import javafx.scene.control.ListCell;

/** One event in a list (an instance's details): level icon and colour, time, level and message. */
public final class EventListCell extends ListCell<Event> {

    private final ZoneId zone;

    public EventListCell(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    protected void updateItem(Event event, boolean empty) {
        super.updateItem(event, empty);
        getStyleClass().removeIf(style -> style.startsWith("event-level-"));
        if (empty || event == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(EventTexts.time(event, zone) + "  " + Objects.requireNonNullElse(event.level(), "") + "  "
                + Objects.requireNonNullElse(event.message(), ""));
        setGraphic(Icons.icon(EventLevelCell.icon(event.level())));
        getStyleClass().add(EventLevelCell.styleClass(event.level()));
    }
}
