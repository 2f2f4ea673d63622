package com.pvsconsole.service.accounts;

import java.util.Optional;

/**
 * Keeps one API key per account id, somewhere other than a plain file. Calls may block (the OS
 * keychain can prompt or talk over D-Bus): never call them on the FX thread.
 */
public interface SecretStore {

    void put(String accountId, Secret secret) throws SecretStoreException;

    Optional<Secret> get(String accountId) throws SecretStoreException;

    /** Removes the key; removing a key that is not there is not an error. */
    void remove(String accountId) throws SecretStoreException;

    /** True when keys survive a restart (the OS keychain); false for the session-only store. */
    boolean persistent();
}
