package com.pvsconsole.service.accounts;

import java.util.Objects;
import java.util.Optional;

/**
 * Reports every key that passes through to a {@link SecretMasker} (the log redactor), so a key
 * is masked in logs from the moment the console holds it, whichever code path loaded it.
 */
public final class MaskingSecretStore implements SecretStore {

    private final SecretStore delegate;
    private final SecretMasker masker;

    public MaskingSecretStore(SecretStore delegate, SecretMasker masker) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.masker = Objects.requireNonNull(masker, "masker");
    }

    @Override
    public void put(String accountId, Secret secret) throws SecretStoreException {
        masker.mask(secret);
        delegate.put(accountId, secret);
    }

    @Override
    public Optional<Secret> get(String accountId) throws SecretStoreException {
        Optional<Secret> secret = delegate.get(accountId);
        secret.ifPresent(masker::mask);
        return secret;
    }

    /** The value stays masked after removal: a removed key must not start appearing in logs. */
    @Override
    public void remove(String accountId) throws SecretStoreException {
        delegate.remove(accountId);
    }

    @Override
    public boolean persistent() {
        return delegate.persistent();
    }
}
