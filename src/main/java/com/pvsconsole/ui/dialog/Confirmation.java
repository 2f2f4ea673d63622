package com.pvsconsole.ui.dialog;

import com.pvsconsole.service.code.GeneratedCode;
import java.util.Optional;
import java.util.function.Supplier;

import java.util.Objects;

/**
 * What a confirmation asks: the title, one sentence stating the consequence, the confirm button's
 * label, where the action lands (workspace and region, named in the dialog so nobody acts on the
 * wrong account) and whether it is risky (hard reboot, immediate shutdown, delete, detach, bulk,
 * resizing a running server), which gives it warning styling. Cancel is the default button of
 * every confirmation, so Enter never confirms.
 */
public record Confirmation(String title, String consequence, String confirmLabel, Scope scope, boolean risky,
        Supplier<Optional<GeneratedCode>> code) {

    public Confirmation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(confirmLabel, "confirmLabel");
    }

    public Confirmation(String title, String consequence, String confirmLabel, Scope scope, boolean risky) {
        this(title, consequence, confirmLabel, scope, risky, null);
    }

    /**
     * The same confirmation offering "Copy as code…" for what it is about to send: the dialog shows a
     * button that opens the CLI, curl and Terraform for it (computed when clicked).
     */
    public Confirmation withCode(Supplier<Optional<GeneratedCode>> code) {
        return new Confirmation(title, consequence, confirmLabel, scope, risky, code);
    }

    /** A confirmation with no particular risk and no scope line (the old three-argument form). */
    public static Confirmation plain(String title, String message, String confirmLabel) {
        return new Confirmation(title, message, confirmLabel, null, false);
    }

    public static Confirmation risky(String title, String consequence, String confirmLabel, Scope scope) {
        return new Confirmation(title, consequence, confirmLabel, scope, true);
    }

    /**
     * The workspace and region an action acts in, as the user knows them. For an action over
     * several workspaces, {@code workspace} names each with its region and {@code region} is empty
     * ({@link #several}).
     */
    public record Scope(String workspace, String region) {
        public Scope {
            workspace = workspace == null ? "" : workspace;
            region = region == null ? "" : region;
        }

        /** Several workspaces, each already named with its region. */
        public static Scope several(String workspacesWithRegions) {
            return new Scope(workspacesWithRegions, "");
        }

        public boolean isSeveral() {
            return region.isEmpty() && !workspace.isEmpty();
        }
    }
}
