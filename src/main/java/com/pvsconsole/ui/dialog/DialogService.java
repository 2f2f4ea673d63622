package com.pvsconsole.ui.dialog;

import java.util.Optional;

/**
 * Every dialog, notification and clipboard/browser hand-off goes through here, so views stay
 * free of window code and tests can replace it.
 */
public interface DialogService {

    /** Asks before a disruptive action; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks the user to type {@code resourceName} before deleting it.
     *
     * @return empty when cancelled, otherwise whether data volumes should go too
     */
    Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes);

    /** A message the user reads and closes (About, a notice that must not fade); defaults to a notification. */
    default void inform(String title, String message) {
        notify(title + ": " + message);
    }

    /** A short, non-blocking notification in the main window. */
    void notify(String message);

    void copyToClipboard(String text);

    /** Shows a URL the user can open in the system browser or copy. */
    void offerUrl(String title, String url);

    /** The user's answer to a delete confirmation. */
    record DeleteChoice(boolean deleteDataVolumes) {
    }
}
