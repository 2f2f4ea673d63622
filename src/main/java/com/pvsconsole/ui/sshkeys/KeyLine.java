package com.pvsconsole.ui.sshkeys;

import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.resources.SshPublicKey;
import com.pvsconsole.ui.common.Timestamps;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * One key as the table shows it: name, type, the SHA256 fingerprint (as {@code ssh-keygen -l}
 * prints it, also for a key the console cannot parse), comment and local creation time.
 */
public record KeyLine(String name, String type, String fingerprint, String comment, String created) {

    static KeyLine of(SshKey key) {
        String material = Objects.requireNonNullElse(key.sshKey(), "");
        String created = Timestamps.dateTime(key.creationDate());
        try {
            SshPublicKey parsed = SshPublicKey.parse(material);
            return new KeyLine(key.name(), parsed.shortType(), parsed.fingerprint(), parsed.comment(), created);
        } catch (SshPublicKey.InvalidKeyException e) {
            // A key the console cannot check still has a fingerprint: SHA256 over its decoded body, exactly
            // what ssh-keygen -l computes; never a slice of the key text.
            String[] parts = material.strip().split("\\s+", 3);
            String fingerprint = parts.length > 1 ? sha256Fingerprint(parts[1]) : "";
            return new KeyLine(key.name(), parts[0].replace("ssh-", ""), fingerprint, parts.length > 2 ? parts[2] : "",
                    created);
        }
    }

    /** "SHA256:..." of the base64 body, or empty when the body is not base64. */
    static String sha256Fingerprint(String base64Body) {
        try {
            byte[] blob = Base64.getDecoder().decode(base64Body);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (IllegalArgumentException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
