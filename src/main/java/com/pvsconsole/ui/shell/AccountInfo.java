package com.pvsconsole.ui.shell;

/** Who the console is signed in as; {@code demo} marks the embedded simulator's demo account. */
public record AccountInfo(String displayName, boolean demo) {
}
