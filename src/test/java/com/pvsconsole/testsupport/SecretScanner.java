package com.pvsconsole.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Finds files that contain any of the given secrets, for tests that prove a key or token never
 * reached the disk: every regular file below a root is read (gzipped rolled logs are
 * decompressed first) and searched for each secret as UTF-8 and as UTF-16 (Java's and
 * Windows' in-memory form, in case something dumps a char array).
 */
public final class SecretScanner {

    private SecretScanner() {
    }

    /** The files below {@code root} that contain at least one of {@code secrets}; empty if root is absent. */
    /**
     * Files in the system temp folder changed since {@code since} that hold any of {@code secrets};
     * other processes' unreadable or vanishing files are skipped (ours are all readable).
     */
    public static List<Path> tempFilesSinceContaining(java.time.Instant since, String... secrets) {
        List<Path> hits = new ArrayList<>();
        java.nio.file.attribute.FileTime from = java.nio.file.attribute.FileTime.from(since);
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path entry : entries.toList()) {
                try {
                    if (Files.isReadable(entry) && Files.getLastModifiedTime(entry).compareTo(from) >= 0) {
                        hits.addAll(filesContaining(entry, secrets));
                    }
                } catch (UncheckedIOException | IOException e) {
                    // another process's file, gone or closed to us
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    public static List<Path> filesContaining(Path root, String... secrets) {
        if (!Files.exists(root)) {
            return List.of();
        }
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                byte[] content = read(file);
                for (String secret : secrets) {
                    if (contains(content, secret.getBytes(StandardCharsets.UTF_8))
                            || contains(content, secret.getBytes(StandardCharsets.UTF_16LE))
                            || contains(content, secret.getBytes(StandardCharsets.UTF_16BE))) {
                        hits.add(file);
                        return;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    private static byte[] read(Path file) {
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toByteArray();
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // A file we cannot read could hide a secret: fail loudly rather than pass.
            throw new UncheckedIOException("Cannot scan " + file, e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        if (needle.length == 0) {
            return false;
        }
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
