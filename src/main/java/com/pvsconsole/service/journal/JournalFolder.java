package com.pvsconsole.service.journal;

import com.pvsconsole.service.settings.AppDirectories;
import java.nio.file.Path;

/**
 * Where the journal lives: the state folder, beside the logs where the platform has one
 * ({@code ~/.local/state/pvs-console/journal} on Linux, {@code %LOCALAPPDATA%\pvs-console\journal} on
 * Windows, {@code <PVS_CONSOLE_HOME>/journal}), and under Application Support on macOS, whose log
 * folder is not meant for state.
 */
public final class JournalFolder {

    private JournalFolder() {
    }

    public static Path of(AppDirectories dirs) {
        Path logs = dirs.logs();
        if (logs.getFileName() != null && logs.getFileName().toString().equals("logs") && logs.getParent() != null) {
            return logs.getParent().resolve("journal");
        }
        return dirs.config().resolve("journal");
    }
}
