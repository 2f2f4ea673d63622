package com.pvsconsole.service.resources;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * An OpenSSH public key line ({@code type base64-body [comment]}) checked the way ssh-keygen
 * reads it: a type Power VS accepts, a body that is valid base64, and the type string embedded
 * at the start of the body equal to the line's prefix (which catches a truncated or mixed-up
 * paste). Never holds private key material: such text is refused.
 */
public final class SshPublicKey {

    /** The key types Power VS accepts. */
    public static final Set<String> TYPES = Set.of("ssh-rsa", "ssh-ed25519",
            "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521");

    /** Why a text is not an acceptable public key. */
    public enum Problem { EMPTY, PRIVATE_KEY, SEVERAL_LINES, UNKNOWN_TYPE, NO_BODY, NOT_BASE64, TYPE_MISMATCH }

    /** The key was refused; {@code type} is the prefix the text started with, if any. */
    public static final class InvalidKeyException extends Exception {
        private final Problem problem;
        private final String type;

        InvalidKeyException(Problem problem, String type) {
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.type = type;
        }

        public Problem problem() {
            return problem;
        }

        public String type() {
            return type;
        }
    }

    private final String type;
    private final byte[] body;
    private final String comment;

    private SshPublicKey(String type, byte[] body, String comment) {
        this.type = type;
        this.body = body;
        this.comment = comment;
    }

    /** Parses one public key line; surrounding blank space and a trailing newline are fine. */
    public static SshPublicKey parse(String text) throws InvalidKeyException {
        String line = text == null ? "" : text.strip();
        if (line.isEmpty()) {
            throw new InvalidKeyException(Problem.EMPTY, "");
        }
        if (line.contains("PRIVATE KEY")) {
            throw new InvalidKeyException(Problem.PRIVATE_KEY, "");
        }
        if (line.contains("\n")) {
            throw new InvalidKeyException(Problem.SEVERAL_LINES, "");
        }
        String[] parts = line.split("\\s+", 3);
        String type = parts[0];
        if (!TYPES.contains(type)) {
            throw new InvalidKeyException(Problem.UNKNOWN_TYPE, type);
        }
        if (parts.length < 2) {
            throw new InvalidKeyException(Problem.NO_BODY, type);
        }
        byte[] body;
        try {
            body = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyException(Problem.NOT_BASE64, type);
        }
        if (!type.equals(embeddedType(body))) {
            throw new InvalidKeyException(Problem.TYPE_MISMATCH, type);
        }
        return new SshPublicKey(type, body, parts.length == 3 ? parts[2] : "");
    }

    /** The length-prefixed type string the body starts with, or null when the body is too short. */
    private static String embeddedType(byte[] body) {
        if (body.length < 4) {
            return null;
        }
        int length = ByteBuffer.wrap(body, 0, 4).getInt();
        if (length <= 0 || length > body.length - 4 || length > 64) {
            return null;
        }
        return new String(body, 4, length, StandardCharsets.US_ASCII);
    }

    public String type() {
        return type;
    }

    public String comment() {
        return comment;
    }

    /** "SHA256:..." as {@code ssh-keygen -l} prints it (unpadded base64 of the body's digest). */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The canonical line to send: type, body and comment, single-spaced. */
    public String toLine() {
        String encoded = Base64.getEncoder().encodeToString(body);
        return comment.isEmpty() ? type + " " + encoded : type + " " + encoded + " " + comment;
    }

    /** Lower-case short name, e.g. "ed25519", for the table. */
    public String shortType() {
        return type.replace("ssh-", "").replace("ecdsa-sha2-", "ecdsa-").toLowerCase(Locale.ROOT);
    }
}
