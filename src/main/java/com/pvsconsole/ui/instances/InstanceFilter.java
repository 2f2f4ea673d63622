package com.pvsconsole.ui.instances;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Filter-as-you-type over name, IP, id and status, combined with the status chips. */
final class InstanceFilter {

    private InstanceFilter() {
    }

    /** An empty chip set means "every status". */
    static Predicate<InstanceRow> of(String text, Set<StatusGroup> groups) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return row -> (groups.isEmpty() || groups.contains(StatusGroup.of(row.status())))
                && (needle.isEmpty() || matches(row, needle));
    }

    private static boolean matches(InstanceRow row, String needle) {
        return contains(row.name(), needle) || contains(row.id(), needle)
                || contains(row.ipsProperty().get(), needle) || contains(row.status(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
