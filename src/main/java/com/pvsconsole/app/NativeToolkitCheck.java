package com.pvsconsole.app;

import com.pvsconsole.service.settings.OperatingSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * On Linux, JavaFX's windowing needs GTK 3. Without it the toolkit dies with a long stack trace
 * that never names the package to install; this check runs before the toolkit starts and returns
 * one clear line instead. Headless runs (Monocle) need no GTK and are not checked.
 */
final class NativeToolkitCheck {

    static final String LIBRARY = "libgtk-3.so.0";
    private static final List<String> STANDARD_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
            "/usr/local/lib");

    private final OperatingSystem os;
    private final Map<String, String> env;
    private final String glassPlatform;
    private final List<Path> configuredDirs;
    private final Predicate<Path> loads;

    NativeToolkitCheck(OperatingSystem os, Map<String, String> env, String glassPlatform, List<Path> configuredDirs,
                       Predicate<Path> loads) {
        this.os = os;
        this.env = env;
        this.glassPlatform = glassPlatform;
        this.configuredDirs = configuredDirs;
        this.loads = loads;
    }

    /** The check for this process: its OS, environment, ld.so.conf folders, and a real load attempt. */
    static NativeToolkitCheck forCurrentProcess() {
        return new NativeToolkitCheck(OperatingSystem.current(), System.getenv(), System.getProperty("glass.platform"),
                ldSoConfDirs(Path.of("/etc/ld.so.conf.d")), NativeToolkitCheck::tryLoad);
    }

    /** The line to print and exit with when GTK 3 cannot be loaded; empty when all is well or not needed. */
    Optional<String> problem() {
        if (os != OperatingSystem.LINUX || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        List<Path> found = candidates().stream().filter(Files::exists).toList();
        if (!found.isEmpty() && found.stream().anyMatch(loads)) {
            return Optional.empty();
        }
        String what = found.isEmpty() ? "GTK 3 (" + LIBRARY + ") is not installed"
                : "GTK 3 (" + LIBRARY + ") is installed but could not be loaded";
        return Optional.of("pvs-console: " + what + "; JavaFX needs it to open a window. Install it, e.g. "
                + "'sudo apt-get install libgtk-3-0' (Debian/Ubuntu) or 'sudo dnf install gtk3' (Fedora/RHEL).");
    }

    private List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        String ldPath = env.get("LD_LIBRARY_PATH");
        if (ldPath != null) {
            Stream.of(ldPath.split(":")).filter(s -> !s.isBlank()).map(Path::of).forEach(dirs::add);
        }
        dirs.addAll(configuredDirs);
        STANDARD_DIRS.stream().map(Path::of).forEach(dirs::add);
        return dirs.stream().distinct().map(dir -> dir.resolve(LIBRARY)).toList();
    }

    /** Absolute folders named in /etc/ld.so.conf.d/*.conf (where distributions list extra library folders). */
    static List<Path> ldSoConfDirs(Path confDir) {
        if (!Files.isDirectory(confDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(confDir)) {
            List<Path> dirs = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".conf")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String entry = line.strip();
                    if (entry.startsWith("/")) {
                        dirs.add(Path.of(entry));
                    }
                }
            }
            return dirs;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Loading the library (as the toolkit will) also catches a GTK whose own dependencies are missing. */
    private static boolean tryLoad(Path library) {
        try {
            System.load(library.toAbsolutePath().toString());
            return true;
        } catch (UnsatisfiedLinkError | SecurityException e) {
            return false;
        }
    }
}
