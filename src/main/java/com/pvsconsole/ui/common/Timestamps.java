package com.pvsconsole.ui.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one way the console shows a point in time: the user's local time, to the second, never
 * with nanoseconds or an offset. The service sends ISO-8601 with offsets and fractions
 * ("2026-11-30T13:55:01.123456789Z"); text that is not a timestamp is shown as sent.
 */
public final class Timestamps {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Timestamps() {
    }

    /** "2026-11-30 14:55:01" in {@code zone}. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** An ISO timestamp from the service as local date and time; the text as sent when it is not one. */
    public static String dateTime(String iso, ZoneId zone) {
        return parse(iso).map(instant -> dateTime(instant, zone)).orElse(iso == null ? "" : iso);
    }

    public static String dateTime(String iso) {
        return dateTime(iso, ZoneId.systemDefault());
    }

    /** The local date only (tables short of room). */
    public static String date(String iso, ZoneId zone) {
        return parse(iso).map(instant -> DATE.format(instant.atZone(zone))).orElse(iso == null ? "" : iso);
    }

    /** The local time of day (today's activity). */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private static java.util.Optional<Instant> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(OffsetDateTime.parse(iso.strip()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return java.util.Optional.of(Instant.parse(iso.strip()));
            } catch (DateTimeParseException notIso) {
                return java.util.Optional.empty();
            }
        }
    }
}
