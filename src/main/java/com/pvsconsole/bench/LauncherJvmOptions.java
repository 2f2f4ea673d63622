package com.pvsconsole.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The installed launcher's JVM options, from {@code app/launcher-options.txt} (one per line,
 * '#' starts a comment, {@code $APPDIR} is the app's folder), so P1 starts the console the way
 * users get it. Looked up in the working folder, then beside the jar's folder ({@code target/..}).
 * The class-data archive option ({@code -XX:SharedArchiveFile=$APPDIR/pvs-console.jsa}) is kept
 * only when that file exists: installer/build.sh removes it from a launcher that has no archive,
 * because JDK 17 turns all class-data sharing off (the JDK's own archive too) for a missing one.
 */
final class LauncherJvmOptions {

    static final String FILE = "app/launcher-options.txt";
    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";

    private LauncherJvmOptions() {
    }

    /** The options and the file they came from. */
    record Loaded(List<String> options, Path source) {
    }

    static Loaded load() throws IOException {
        for (Path candidate : candidates()) {
            if (Files.isRegularFile(candidate)) {
                return new Loaded(parse(Files.readAllLines(candidate, StandardCharsets.UTF_8), appDir()), candidate);
            }
        }
        throw new IOException(FILE + " not found; run the bench from the project folder");
    }

    static List<String> parse(List<String> lines, Path appDir) {
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            String option = line.strip();
            if (!option.isEmpty() && !option.startsWith("#")) {
                String expanded = option.replace("$APPDIR", appDir.toString());
                boolean archiveMissing = isArchiveOption(expanded)
                        && !Files.isRegularFile(Path.of(expanded.substring(ARCHIVE_OPTION.length())));
                if (!archiveMissing) {
                    options.add(expanded);
                }
            }
        }
        return options;
    }

    static boolean isArchiveOption(String option) {
        return option.startsWith(ARCHIVE_OPTION);
    }

    /** The options without a class-data archive (the JVM's own default archive only). */
    static List<String> withoutArchive(List<String> options) {
        return options.stream().filter(o -> !isArchiveOption(o)).toList();
    }

    private static List<Path> candidates() {
        List<Path> paths = new ArrayList<>();
        String override = System.getProperty("pvs.bench.launcherOptions");
        if (override != null) {
            paths.add(Path.of(override));
        }
        paths.add(Path.of(FILE));
        Path parent = appDir().getParent();
        if (parent != null) {
            paths.add(parent.resolve(FILE));
        }
        return paths;
    }

    /** The folder of the jar (or class folder) this runs from. */
    private static Path appDir() {
        try {
            Path code = Path.of(LauncherJvmOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
