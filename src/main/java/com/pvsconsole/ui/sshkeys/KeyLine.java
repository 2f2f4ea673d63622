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
            String type = material.contains(" ") ? material.substring(0, material.indexOf(' ')) : "";
            return new KeyLine(key.name(), type, shorten(material), "", created);
        }
    }

    private static String shorten(String key) {
        return key.length() <= 48 ? key : key.substring(0, 30) + "\u2026" + key.substring(key.length() - 12);
    }
}
