package com.pvsconsole.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void should_write_streamed_content_even_when_the_writer_closes_the_stream() throws Exception {
        // given a writer that compresses into the file and closes its stream, as a GZIP stream does
        Path file = dir.resolve("cache.json.gz");
        String text = "row,".repeat(200_000); // larger than the write buffer, so it reaches the file in pieces

        // when the file is written through it
        AtomicFiles.write(file, out -> {
            try (OutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(text.getBytes(StandardCharsets.UTF_8));
            }
        });

        // then the whole content is there and no temporary file is left beside it
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void should_keep_the_old_content_when_the_writer_fails_half_way() throws Exception {
        // given a file with content
        Path file = dir.resolve("settings.json");
        AtomicFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));

        // when a streamed write fails after writing part of the new content
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("encoder failed");
        })).isInstanceOf(IOException.class);

        // then the file still holds the old content and the temporary file is gone
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
