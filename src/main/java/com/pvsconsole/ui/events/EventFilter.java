package com.pvsconsole.ui.events;

import com.pvsconsole.api.model.Event;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which loaded events the timeline shows: one level or all, one resource type or all, and free text
 * matched (case-insensitive) against message, resource, action, level and user.
 */
record EventFilter(String level, String resource, String text) implements Predicate<Event> {

    static final EventFilter ALL = new EventFilter(null, null, "");

    @Override
    public boolean test(Event event) {
        return matches(level, event.level()) && matches(resource, event.resource()) && containsText(event);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.isBlank() || wanted.equalsIgnoreCase(actual);
    }

    private boolean containsText(Event event) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        return Stream.of(event.message(), event.resource(), event.action(), event.level(), EventTexts.user(event))
                .filter(Objects::nonNull)
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle));
    }
}
