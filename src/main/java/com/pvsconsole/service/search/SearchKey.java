package com.pvsconsole.service.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys of the search language. {@code token} is what the user types before the operator;
 * {@code aliases} are accepted too. A key either compares text or numbers.
 */
public enum SearchKey {
    NAME("name", Kind.CONTAINS, false),
    IP("ip", Kind.EXACT, false),
    ID("id", Kind.CONTAINS, false),
    OS("os", Kind.CONTAINS, true),
    STATUS("status", Kind.EXACT, true, "state"),
    HEALTH("health", Kind.EXACT, true),
    REGION("region", Kind.REGION, true, "zone"),
    WORKSPACE("ws", Kind.EXACT, true, "workspace"),
    TYPE("type", Kind.EXACT, true, "system"),
    TIER("tier", Kind.EXACT, true),
    PROC("proc", Kind.NUMBER, false, "cpu", "processors"),
    MEM("mem", Kind.NUMBER, false, "memory"),
    SIZE("size", Kind.NUMBER, false);

    /** How a key's value is compared: substring, whole value, region with its aliases, or a number. */
    public enum Kind { CONTAINS, EXACT, REGION, NUMBER }

    private final String token;
    private final Kind kind;
    private final boolean enumerable;
    private final List<String> aliases;

    SearchKey(String token, Kind kind, boolean enumerable, String... aliases) {
        this.token = token;
        this.kind = kind;
        this.enumerable = enumerable;
        this.aliases = List.of(aliases);
    }

    public String token() {
        return token;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER;
    }

    /** True for keys with few distinct values (status, region...), worth offering as completions. */
    public boolean isEnumerable() {
        return enumerable;
    }

    public static Optional<SearchKey> byToken(String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.token.equals(t) || k.aliases.contains(t)).findFirst();
    }
}
