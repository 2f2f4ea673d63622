package com.pvsconsole.service.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SshPublicKeyTest {

    /** The OpenSSH body: length-prefixed type, then (here) a 32-byte key of zeros. */
    private static String body(String embeddedType) {
        byte[] type = embeddedType.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[4 + type.length + 4 + 32];
        bytes[3] = (byte) type.length;
        System.arraycopy(type, 0, bytes, 4, type.length);
        bytes[4 + type.length + 3] = 32;
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static SshPublicKey.Problem problemOf(String text) {
        try {
            SshPublicKey.parse(text);
            throw new AssertionError("accepted: " + text);
        } catch (SshPublicKey.InvalidKeyException e) {
            return e.problem();
        }
    }

    @Test
    void should_accept_a_well_formed_key_and_give_its_fingerprint() throws Exception {
        SshPublicKey key = SshPublicKey.parse("ssh-ed25519   " + body("ssh-ed25519") + "  me@host\n");

        assertThat(key.type()).isEqualTo("ssh-ed25519");
        assertThat(key.shortType()).isEqualTo("ed25519");
        assertThat(key.comment()).isEqualTo("me@host");
        assertThat(key.toLine()).isEqualTo("ssh-ed25519 " + body("ssh-ed25519") + " me@host");
        assertThat(key.fingerprint()).startsWith("SHA256:").hasSize(50).doesNotEndWith("=");
    }

    @Test
    void should_name_what_is_wrong_with_a_bad_key() {
        assertThat(problemOf("  ")).isEqualTo(SshPublicKey.Problem.EMPTY);
        assertThat(problemOf("-----BEGIN OPENSSH PRIVATE KEY-----\nabc")).isEqualTo(SshPublicKey.Problem.PRIVATE_KEY);
        assertThat(problemOf("ssh-dss " + body("ssh-dss"))).isEqualTo(SshPublicKey.Problem.UNKNOWN_TYPE);
        assertThat(problemOf("ssh-rsa")).isEqualTo(SshPublicKey.Problem.NO_BODY);
        assertThat(problemOf("ssh-rsa AAAA*not-base64")).isEqualTo(SshPublicKey.Problem.NOT_BASE64);
        assertThat(problemOf("ssh-rsa " + body("ssh-ed25519"))).isEqualTo(SshPublicKey.Problem.TYPE_MISMATCH);
        assertThat(problemOf("ecdsa-sha2-nistp256 AAAA")).isEqualTo(SshPublicKey.Problem.TYPE_MISMATCH);
        assertThat(problemOf("ssh-ed25519 " + body("ssh-ed25519") + "\nssh-ed25519 " + body("ssh-ed25519")))
                .isEqualTo(SshPublicKey.Problem.SEVERAL_LINES);
        assertThatThrownBy(() -> SshPublicKey.parse(null)).isInstanceOf(SshPublicKey.InvalidKeyException.class);
    }
}
