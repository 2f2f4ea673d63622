package com.pvsconsole.service.code;

/**
 * The shells a generated command is written for. Each value is passed as one literal argument:
 * nothing in it is expanded, globbed or split, whatever characters a name or a value holds.
 */
public enum Shell {
    /** bash, zsh, dash, ksh: single quotes, with {@code '} written as {@code '\''}. */
    POSIX("\\", "# "),
    /**
     * PowerShell 7.3 and later (and Windows PowerShell for everything but native-program arguments
     * that contain {@code "}): single quotes, with every single-quote character doubled.
     */
    POWERSHELL("`", "# ");

    /**
     * The characters PowerShell's tokenizer takes as a single quote: ASCII {@code '} and the
     * typographic ones (left, right, low-9 and reversed-9). Each must be doubled inside a
     * single-quoted string, or a pasted name with a curly quote would end the string early.
     */
    static final String POWERSHELL_SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";

    private final String continuation;
    private final String commentPrefix;

    Shell(String continuation, String commentPrefix) {
        this.continuation = continuation;
        this.commentPrefix = commentPrefix;
    }

    /** {@code value} as one literal word of this shell. */
    public String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (this == POSIX && c == '\'') {
                out.append("'\\''");
            } else if (this == POWERSHELL && POWERSHELL_SINGLE_QUOTES.indexOf(c) >= 0) {
                out.append(c).append(c);
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** What ends a line that the next line continues. */
    public String continuation() {
        return continuation;
    }

    /** A comment line; control characters in {@code text} are replaced so it cannot start a new line. */
    public String comment(String text) {
        return commentPrefix + CodeText.oneLine(text);
    }

    /** The shell's reference to environment variable {@code name}, inside double quotes. */
    public String envReference(String name) {
        return this == POSIX ? "$" + name : "$env:" + name;
    }
}
