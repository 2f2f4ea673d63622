package com.pvsconsole.ui.events;

import com.pvsconsole.api.model.Event;
import com.pvsconsole.ui.common.Timestamps;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** How an event's fields read on screen and in exports. */
public final class EventTexts {


    private EventTexts() {
    }

    /** The event's time in {@code zone}, from its epoch timestamp, else its ISO text as sent. */
    public static String time(Event event, ZoneId zone) {
        if (event.timestamp() != null) {
            return Timestamps.dateTime(Instant.ofEpochMilli(millis(event.timestamp())), zone);
        }
        return Timestamps.dateTime(event.time(), zone);
    }

    /** The user's name, else e-mail, else id. */
    public static String user(Event event) {
        if (event.user() == null) {
            return "";
        }
        for (String value : new String[] {event.user().name(), event.user().email(), event.user().userID()}) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    /** The definition says "unix epoch" without a unit: small values are seconds. */
    private static long millis(long timestamp) {
        return timestamp < 100_000_000_000L ? timestamp * 1000 : timestamp;
    }
}
