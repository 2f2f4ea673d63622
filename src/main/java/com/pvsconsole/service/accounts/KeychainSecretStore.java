package com.pvsconsole.service.accounts;

import java.util.Objects;
import java.util.Optional;

/**
 * Keys in the OS keychain, one entry per account under the service name {@value #SERVICE}.
 * Every backend failure, whatever its type, becomes a {@link SecretStoreException} whose
 * message names no key.
 */
public final class KeychainSecretStore implements SecretStore, AutoCloseable {

    public static final String SERVICE = "pvs-console";

    private final KeychainBackend backend;

    public KeychainSecretStore(KeychainBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    @Override
    public void put(String accountId, Secret secret) throws SecretStoreException {
        try {
            backend.write(SERVICE, accountId, secret.reveal());
        } catch (Exception | LinkageError e) {
            throw failure("store the key in", e);
        }
    }

    @Override
    public Optional<Secret> get(String accountId) throws SecretStoreException {
        try {
            String value = backend.read(SERVICE, accountId);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(Secret.of(value));
        } catch (Exception | LinkageError e) {
            throw failure("read the key from", e);
        }
    }

    @Override
    public void remove(String accountId) throws SecretStoreException {
        try {
            if (backend.read(SERVICE, accountId) != null) {
                backend.delete(SERVICE, accountId);
            }
        } catch (Exception | LinkageError e) {
            throw failure("remove the key from", e);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    public String description() {
        return backend.description();
    }

    @Override
    public void close() throws Exception {
        backend.close();
    }

    private SecretStoreException failure(String action, Throwable cause) {
        return new SecretStoreException("Could not " + action + " the system keychain ("
                + backend.description() + ")", cause);
    }
}
