package com.pvsconsole.ui.events;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The time ranges the events page offers; {@link #CUSTOM} takes the user's from and to dates. */
public enum EventWindow {
    LAST_HOUR(Duration.ofHours(1)),
    LAST_DAY(Duration.ofDays(1)),
    LAST_WEEK(Duration.ofDays(7)),
    CUSTOM(null);

    private final Duration length;

    EventWindow(Duration length) {
        this.length = length;
    }

    /** How far back the range reaches; empty for {@link #CUSTOM}. */
    public Optional<Duration> length() {
        return Optional.ofNullable(length);
    }

    /** Message key suffix and node id part, e.g. {@code last-hour}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
