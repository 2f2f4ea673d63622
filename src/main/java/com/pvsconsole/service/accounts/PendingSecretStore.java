package com.pvsconsole.service.accounts;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The store start-up is still choosing ({@link SecretStoreFactory#selectInBackground()}): each
 * call waits for the choice, then goes to the chosen store. Start-up no longer waits for the
 * keychain; only a key read or written before it has answered does, on the background thread
 * every {@link SecretStore} call already runs on.
 */
public final class PendingSecretStore implements SecretStore {

    private final CompletableFuture<SecretStoreSelection> selection;

    public PendingSecretStore(CompletableFuture<SecretStoreSelection> selection) {
        this.selection = Objects.requireNonNull(selection, "selection");
    }

    @Override
    public void put(String accountId, Secret secret) throws SecretStoreException {
        chosen().put(accountId, secret);
    }

    @Override
    public Optional<Secret> get(String accountId) throws SecretStoreException {
        return chosen().get(accountId);
    }

    @Override
    public void remove(String accountId) throws SecretStoreException {
        chosen().remove(accountId);
    }

    /** False while the choice cannot be waited for (an interrupted thread): keys may not be kept. */
    @Override
    public boolean persistent() {
        try {
            return chosen().persistent();
        } catch (SecretStoreException e) {
            return false;
        }
    }

    private SecretStore chosen() throws SecretStoreException {
        try {
            return selection.get().store();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreException("Interrupted while waiting for the system keychain", e);
        } catch (ExecutionException e) {
            throw new SecretStoreException("The system keychain could not be opened", e.getCause());
        }
    }
}
