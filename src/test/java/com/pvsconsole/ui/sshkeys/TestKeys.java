package com.pvsconsole.ui.sshkeys;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** Public key lines built the way OpenSSH encodes them (length-prefixed type, then key bytes). */
public final class TestKeys {

    private TestKeys() {
    }

    /** A well-formed ssh-ed25519 line with a random 32-byte key. */
    public static String ed25519(String comment, long seed) {
        return line("ssh-ed25519", "ssh-ed25519", seed, comment);
    }

    /** A line whose prefix says one type while its body says another. */
    public static String mismatched() {
        return line("ssh-rsa", "ssh-ed25519", 7, "mixed@up");
    }

    private static String line(String prefix, String embedded, long seed, String comment) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            byte[] type = embedded.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(type.length);
            out.write(type);
            byte[] key = new byte[32];
            new Random(seed).nextBytes(key);
            out.writeInt(key.length);
            out.write(key);
            out.flush();
            return prefix + " " + Base64.getEncoder().encodeToString(bytes.toByteArray()) + " " + comment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
