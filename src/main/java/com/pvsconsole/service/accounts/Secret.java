package com.pvsconsole.service.accounts;

import java.util.Arrays;
import java.util.Objects;

/**
 * An API key (or any credential) that must not leak by accident: {@link #toString()} never
 * shows it, so string concatenation, logging and debuggers' summaries are safe. The value is
 * held as a char array that {@link #clear()} wipes. Reading it takes an explicit call.
 */
public final class Secret {

    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Copies the characters; the caller may wipe its array afterwards. */
    public static Secret of(char[] value) {
        Objects.requireNonNull(value, "value");
        return new Secret(value.clone());
    }

    /** For values that already exist as strings (environment variables, keychain results). */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        return new Secret(value.toCharArray());
    }

    /** Trims surrounding white space, which paste often adds; returns a new secret. */
    public Secret trimmed() {
        int start = 0;
        int end = value.length;
        while (start < end && Character.isWhitespace(value[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(value[end - 1])) {
            end--;
        }
        return new Secret(Arrays.copyOfRange(value, start, end));
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** A copy of the characters; wipe it when done. */
    public char[] chars() {
        return value.clone();
    }

    /** The value as a string, for APIs that only take strings (HTTP form bodies, the keychain). */
    public String reveal() {
        return new String(value);
    }

    /** Compares without an early exit, so timing does not reveal how much of a guess was right. */
    public boolean sameValueAs(Secret other) {
        if (other.value.length == 0) {
            return value.length == 0;
        }
        int diff = value.length ^ other.value.length;
        for (int i = 0; i < value.length; i++) {
            diff |= value[i] ^ other.value[i % other.value.length];
        }
        return diff == 0;
    }

    /** Overwrites the held characters with zeros; use it once the secret is no longer needed. */
    public void clear() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
