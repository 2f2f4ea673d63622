package com.pvsconsole.ui.sshkeys;

import com.pvsconsole.service.resources.SshPublicKey;
import com.pvsconsole.ui.common.Messages;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "add SSH key" form: a name not yet taken and an OpenSSH public key line, pasted or read
 * from a file. The key is checked as the user types (type, base64 body, embedded type) and, once
 * valid, its fingerprint is shown so the user can compare it with {@code ssh-keygen -l}.
 */
public final class AddSshKeyForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fileProblem = new ReadOnlyStringWrapper("");
    private final StringBinding nameError;
    private final StringBinding keyError;
    private final StringBinding fingerprint;
    private final BooleanBinding valid;

    AddSshKeyForm(Set<String> existingNames, Messages messages) {
        nameError = Bindings.createStringBinding(() -> {
            String value = name.get().strip();
            if (value.isEmpty()) {
                return messages.get("sshkey.error.name");
            }
            // The name is a path segment of every call on the key (/sshkeys/{name}).
            if (value.matches(".*[/\\\\?#%].*")) {
                return messages.get("sshkey.error.nameChars");
            }
            return existingNames.contains(value) ? messages.get("sshkey.error.nameTaken", value) : "";
        }, name);
        keyError = Bindings.createStringBinding(() -> {
            if (!fileProblem.get().isEmpty()) {
                return fileProblem.get();
            }
            try {
                SshPublicKey.parse(key.get());
                return "";
            } catch (SshPublicKey.InvalidKeyException e) {
                return messages.get("sshkey.error." + e.problem().name().toLowerCase(Locale.ROOT), e.type());
            }
        }, key, fileProblem);
        fingerprint = Bindings.createStringBinding(() -> {
            try {
                SshPublicKey parsed = SshPublicKey.parse(key.get());
                return messages.get("sshkey.fingerprint", parsed.type(), parsed.fingerprint());
            } catch (SshPublicKey.InvalidKeyException e) {
                return "";
            }
        }, key);
        valid = nameError.isEmpty().and(keyError.isEmpty());
        key.addListener((obs, old, now) -> fileProblem.set(""));
    }

    /** Text read from a file replaces what was there; a read failure is shown as the key's message. */
    void loaded(String text) {
        fileProblem.set("");
        key.set(text == null ? "" : text.strip());
    }

    void fileFailed(String message) {
        fileProblem.set(message);
    }

    /** The key line to send (canonical spacing). */
    String keyLine() {
        try {
            return SshPublicKey.parse(key.get()).toLine();
        } catch (SshPublicKey.InvalidKeyException e) {
            throw new IllegalStateException("the key is not valid", e);
        }
    }

    String trimmedName() {
        return name.get().strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ReadOnlyStringProperty fileProblemProperty() {
        return fileProblem.getReadOnlyProperty();
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding keyErrorProperty() {
        return keyError;
    }

    public StringBinding fingerprintProperty() {
        return fingerprint;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
