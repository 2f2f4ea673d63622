package com.pvsconsole.ui.common;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The service's ISO-8601 timestamps shown in local time, to the second, without nanoseconds. */
public final class Timestamps {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    /** Local time of {@code iso}; text that is not a timestamp is shown as it came. */
    public static String display(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return DISPLAY.format(OffsetDateTime.parse(iso.strip()).atZoneSameInstant(ZoneId.systemDefault()));
        } catch (DateTimeParseException notIso) {
            return iso;
        }
    }
}
