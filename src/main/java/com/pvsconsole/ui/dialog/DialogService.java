package com.pvsconsole.ui.dialog;

import com.pvsconsole.service.export.ExportFormat;
import java.nio.file.Path;
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

    /** A short, non-blocking notification in the main window. */
    void notify(String message);

    void copyToClipboard(String text);

    /** Shows a URL the user can open in the system browser or copy. */
    void offerUrl(String title, String url);

    /**
     * Asks where to save an exported table, suggesting {@code suggestedName}; empty when cancelled. The
     * default answers "cancelled", for dialog services that cannot show a file chooser.
     */
    default Optional<Path> chooseExportFile(String suggestedName, ExportFormat format) {
        return Optional.empty();
    }

    /** The user's answer to a delete confirmation. */
    record DeleteChoice(boolean deleteDataVolumes) {
    }
}
