package com.pvsconsole.service.settings;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;

/**
 * Where pvs-console keeps its configuration, logs and cache, following each OS's convention:
 * XDG on Linux, AppData on Windows, Library on macOS. {@link #HOME_PROPERTY} or
 * {@link #HOME_ENV} redirects all three below one folder (tests, portable installs).
 * Everything is passed in, so tests can resolve any OS's layout on any machine.
 */
public record AppDirectories(Path config, Path logs, Path cache) {

    public static final String APP_FOLDER = "pvs-console";
    /** System property that redirects all folders; wins over {@link #HOME_ENV}. */
    public static final String HOME_PROPERTY = "pvs.console.home";
    /** Environment variable that redirects all folders. */
    public static final String HOME_ENV = "PVS_CONSOLE_HOME";

    public AppDirectories {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(cache, "cache");
    }

    /** The folders of this process: its OS, environment, home and {@link #HOME_PROPERTY}. */
    public static AppDirectories forCurrentProcess() {
        return resolve(OperatingSystem.current(), System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty(HOME_PROPERTY));
    }

    /**
     * @param homeOverride value of {@link #HOME_PROPERTY}, or null; {@link #HOME_ENV} in {@code env}
     *                     is used when it is null or blank
     */
    public static AppDirectories resolve(OperatingSystem os, Map<String, String> env, Path userHome,
            String homeOverride) {
        String override = notBlank(homeOverride) ? homeOverride : env.get(HOME_ENV);
        if (notBlank(override)) {
            Path root = Path.of(override).toAbsolutePath();
            return new AppDirectories(root.resolve("config"), root.resolve("logs"), root.resolve("cache"));
        }
        switch (os) {
            case WINDOWS: {
                Path roaming = envPath(env, "APPDATA", userHome.resolve("AppData").resolve("Roaming"));
                Path local = envPath(env, "LOCALAPPDATA", userHome.resolve("AppData").resolve("Local"));
                Path localApp = local.resolve(APP_FOLDER);
                return new AppDirectories(roaming.resolve(APP_FOLDER), localApp.resolve("logs"),
                        localApp.resolve("cache"));
            }
            case MACOS: {
                Path library = userHome.resolve("Library");
                return new AppDirectories(library.resolve("Application Support").resolve(APP_FOLDER),
                        library.resolve("Logs").resolve(APP_FOLDER), library.resolve("Caches").resolve(APP_FOLDER));
            }
            default: {
                Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config"));
                Path state = xdg(env, "XDG_STATE_HOME", userHome.resolve(".local").resolve("state"));
                Path cache = xdg(env, "XDG_CACHE_HOME", userHome.resolve(".cache"));
                return new AppDirectories(config.resolve(APP_FOLDER), state.resolve(APP_FOLDER).resolve("logs"),
                        cache.resolve(APP_FOLDER));
            }
        }
    }

    /** Creates the three folders (owner-only where the file system supports POSIX permissions). */
    public AppDirectories createAll() throws IOException {
        for (Path dir : new Path[] {config, logs, cache}) {
            createPrivateDirectory(dir);
        }
        return this;
    }

    static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && dir.getFileSystem() == FileSystems.getDefault()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return notBlank(value) ? Path.of(value) : fallback;
    }

    /** The XDG spec says relative values are invalid and must be ignored. */
    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return notBlank(value) && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
