package com.pvsconsole.service.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds jump targets by name as the user types: exact name first, then names starting with the
 * text, then containing it, then fuzzy (the typed letters in order, e.g. {@code dbv} finds
 * {@code db-vol}); ties go to the shorter name. Looks across every region and workspace given.
 */
public final class JumpFinder {

    private final List<JumpTarget> targets;

    public JumpFinder(List<JumpTarget> targets) {
        this.targets = List.copyOf(targets);
    }

    public List<JumpTarget> find(String typed, int limit) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return targets.stream().limit(limit).toList();
        }
        List<Scored> scored = new ArrayList<>();
        for (JumpTarget target : targets) {
            int score = score(target.name().toLowerCase(Locale.ROOT), needle);
            if (score >= 0) {
                scored.add(new Scored(target, score));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).thenComparingInt(s -> s.target().name().length())
                        .thenComparing(s -> s.target().name()))
                .limit(limit).map(Scored::target).toList();
    }

    /** Lower is better; -1 when the name does not match at all. */
    static int score(String name, String needle) {
        if (name.equals(needle)) {
            return 0;
        }
        if (name.startsWith(needle)) {
            return 1;
        }
        if (name.contains(needle)) {
            return 2;
        }
        int at = 0;
        int gaps = 0;
        for (int i = 0; i < needle.length(); i++) {
            int found = name.indexOf(needle.charAt(i), at);
            if (found < 0) {
                return -1;
            }
            gaps += found - at;
            at = found + 1;
        }
        return 3 + gaps;
    }

    private record Scored(JumpTarget target, int score) {
    }
}
