package com.pvsconsole.ui.dialog;

import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.export.ExportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * Every dialog, notification and clipboard/browser hand-off goes through here, so views stay
 * free of window code and tests can replace it.
 */
public interface DialogService {

    /** Asks before a disruptive action; true when the user confirmed. Cancel is the default button. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks before an action described by {@code request}: risky ones get warning styling, and the
     * dialog names the workspace and region it acts in. The default (for dialog services without a
     * window) asks through the three-argument form.
     */
    default boolean confirm(Confirmation request) {
        return confirm(request.title(), request.consequence(), request.confirmLabel());
    }

    /**
     * Asks the user to type {@code resourceName} before deleting it.
     *
     * @return empty when cancelled, otherwise whether data volumes should go too
     */
    Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes);

    /** As {@link #askDelete(String, String, boolean)}, naming the workspace and region the resource lives in. */
    default Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes,
                                             Confirmation.Scope scope) {
        return askDelete(resourceKind, resourceName, offerDataVolumes);
    }

    /** As {@link #askDelete(String, String, boolean, Confirmation.Scope)}, offering the delete as code. */
    default Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes,
                                             Confirmation.Scope scope, Supplier<Optional<GeneratedCode>> code) {
        return askDelete(resourceKind, resourceName, offerDataVolumes, scope);
    }

    /**
     * A risky confirmation that goes ahead only after the user typed {@code expected} (the number of volumes a
     * bulk delete removes): warning style, the consequence, the workspace and region, Cancel the default.
     *
     * @return what the user typed, when confirmed; empty when cancelled (the default, for dialog services without
     *         a window)
     */
    default Optional<String> askTyped(Confirmation request, String expected) {
        return Optional.empty();
    }

    /** A message the user reads and closes (About, a notice that must not fade); defaults to a notification. */
    default void inform(String title, String message) {
        notify(title + ": " + message);
    }

    /** A short, non-blocking notification in the main window. */
    void notify(String message);

    void copyToClipboard(String text);

    /** Shows a URL the user can open in the system browser or copy. */
    void offerUrl(String title, String url);

    /**
     * Shows {@code form} in a modal dialog whose confirm button works only while {@code valid}
     * holds. The default (no window) answers as if the user cancelled.
     *
     * @return true when the user confirmed a valid form
     */
    default boolean showForm(String id, String title, Node form, String confirmLabel, ObservableBooleanValue valid) {
        return false;
    }

    /** Lets the user pick one of {@code options}; empty when cancelled (the default). */
    default <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        return Optional.empty();
    }

    /**
     * As {@link #choose(String, String, List, Function)} with a confirm button that names the action
     * ("Attach"). Nothing is preselected: the user picks the target on purpose.
     */
    default <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label,
                                   String confirmLabel) {
        return choose(title, prompt, options, label);
    }

    /**
     * As {@link #choose(String, String, List, Function, String)}, offering "Copy as code…" for what confirming
     * the picked option would send ({@code code} is asked when clicked; empty: nothing picked yet).
     */
    default <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label,
                                   String confirmLabel, Function<T, Optional<GeneratedCode>> code) {
        return choose(title, prompt, options, label, confirmLabel);
    }

    /** Lets the user pick a file to open; empty when cancelled (the default). */
    default Optional<Path> chooseFile(String title, String filterName, List<String> patterns) {
        return Optional.empty();
    }

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
