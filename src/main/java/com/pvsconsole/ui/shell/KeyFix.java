package com.pvsconsole.ui.shell;

import javafx.stage.Window;

/**
 * What the user can do about a refused API key for the window's account: enter another key for a
 * saved account, another key for this run for the {@code PVS_CONSOLE_API_KEY} account, or add an
 * account. Supplied by the account wiring; the shell only shows it.
 */
public interface KeyFix {

    /** The button's text. */
    String label();

    /** A sentence on where the key comes from (empty when there is nothing to say). */
    String note();

    /** Opens the dialog that fixes it, owned by {@code owner}. */
    void open(Window owner);
}
