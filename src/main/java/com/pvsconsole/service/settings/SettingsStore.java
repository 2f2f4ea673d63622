package com.pvsconsole.service.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code settings.json} in the configuration folder. Load once at start (show the notice, if
 * any), save after each change; saving does file I/O, so call it off the FX thread.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private final JsonFileStore<Settings> file;

    public SettingsStore(Path configDirectory, Clock clock) {
        this.file = new JsonFileStore<>(configDirectory.resolve(FILE_NAME), Settings.class, Settings::defaults,
                "settings", clock);
    }

    public SettingsStore(AppDirectories directories) {
        this(directories.config(), Clock.systemUTC());
    }

    public Path file() {
        return file.file();
    }

    public LoadResult<Settings> load() {
        return file.load();
    }

    public void save(Settings settings) throws IOException {
        file.save(settings);
    }
}
