package com.pvsconsole.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScannerTest {

    @Test
    void should_find_secrets_in_plain_gzipped_and_utf16_files_only(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("logs"));
        Files.writeString(root.resolve("clean.txt"), "nothing to see");
        Files.writeString(root.resolve("plain.json"), "{\"key\":\"s3cr3t-key-value\"}");
        Files.write(root.resolve("dump.bin"), "tok-123456".getBytes(StandardCharsets.UTF_16LE));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve("logs/old.log.gz")))) {
            out.write("Bearer tok-123456".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(SecretScanner.filesContaining(root, "s3cr3t-key-value", "tok-123456"))
                .containsExactlyInAnyOrder(root.resolve("plain.json"), root.resolve("dump.bin"),
                        root.resolve("logs/old.log.gz"));
        assertThat(SecretScanner.filesContaining(root, "absent-value")).isEmpty();
        assertThat(SecretScanner.filesContaining(root.resolve("missing"), "x")).isEmpty();
    }
}
