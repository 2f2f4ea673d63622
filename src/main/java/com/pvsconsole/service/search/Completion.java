package com.pvsconsole.service.search;

/**
 * One suggestion: replace {@code text[from, to)} with {@code insert}. {@code label} is what the
 * list shows.
 */
public record Completion(String label, String insert, int from, int to) {

    /** The text after accepting this completion, and where the caret goes. */
    public Edit applyTo(String text) {
        String after = text.substring(0, from) + insert + text.substring(to);
        return new Edit(after, from + insert.length());
    }

    /** A text and a caret position. */
    public record Edit(String text, int caret) {
    }
}
