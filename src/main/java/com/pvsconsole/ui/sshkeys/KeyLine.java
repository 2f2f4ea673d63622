package com.pvsconsole.ui.sshkeys;

import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.resources.SshPublicKey;
import java.util.Objects;

/**
 * One key as the table shows it: name, type, the SHA256 fingerprint (as {@code ssh-keygen -l}
 * prints it) or, for a key the console cannot parse, the key shortened, comment and creation date.
 */
public record KeyLine(String name, String type, String fingerprint, String comment, String created) {

    static KeyLine of(SshKey key) {
        String material = Objects.requireNonNullElse(key.sshKey(), "");
        String created = Objects.requireNonNullElse(key.creationDate(), "");
        try {
            SshPublicKey parsed = SshPublicKey.parse(material);
            return new KeyLine(key.name(), parsed.shortType(), parsed.fingerprint(), parsed.comment(), created);
        } catch (SshPublicKey.InvalidKeyException e) {
            // Shown as stored (type, shortened body, comment): the service accepted it, we cannot vouch for it.
            String[] parts = material.strip().split("\\s+", 3);
            String body = parts.length > 1 ? shorten(parts[1]) : "";
            return new KeyLine(key.name(), parts[0].replace("ssh-", ""), body, parts.length > 2 ? parts[2] : "", created);
        }
    }

    private static String shorten(String body) {
        return body.length() <= 40 ? body : body.substring(0, 24) + "\u2026" + body.substring(body.length() - 10);
    }
}
