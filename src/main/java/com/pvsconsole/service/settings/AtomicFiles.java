package com.pvsconsole.service.settings;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader (or a crash) sees either the old or the new content, never
 * half of it: the bytes go to a temporary file in the same folder (same file system, so the
 * rename can be atomic), are forced to disk, then renamed over the target.
 */
public final class AtomicFiles {

    /** Writes reach the channel in pieces of this size: NIO's temporary direct buffer stays small too. */
    private static final int BUFFER_BYTES = 64 * 1024;

    private AtomicFiles() {
    }

    /** Writes the content of a stream into a file. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Like {@link #write(Path, byte[])}, with the content written as it is produced: a large
     * file (the inventory cache) is never held whole in memory. When {@code writer} fails, the
     * target keeps its old content.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        AppDirectories.createPrivateDirectory(dir);
        // createTempFile makes the file owner-only on POSIX; the rename keeps that.
        Path temp = Files.createTempFile(dir, target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                writer.writeTo(new UnclosableStream(buffered));
                buffered.flush();
                channel.force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * What a writer gets: closing it (a compressor or a JSON generator closes its target) only
     * flushes, so the file can still be forced to disk before it is renamed.
     */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares, some Windows setups) cannot rename atomically:
            // a plain replace is still far better than writing the target in place.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
