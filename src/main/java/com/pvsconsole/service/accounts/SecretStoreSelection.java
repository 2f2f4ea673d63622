package com.pvsconsole.service.accounts;

import java.util.Objects;
import java.util.Optional;

/** The store to use, and what to tell the user about it (present when keys will not be kept). */
public record SecretStoreSelection(SecretStore store, Optional<String> notice) {

    public SecretStoreSelection {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(notice, "notice");
    }
}
