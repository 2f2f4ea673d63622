package com.pvsconsole.service.provisioning;

import java.util.List;

/**
 * A broken input rule: a UI message key and its arguments (the UI words it; the rules stay
 * free of UI strings).
 */
public record Violation(String key, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String key, Object... args) {
        return new Violation(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
