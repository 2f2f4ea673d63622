package com.pvsconsole.service.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keys held in memory only, for this run; used where no OS keychain is reachable. */
public final class SessionSecretStore implements SecretStore {

    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

    @Override
    public void put(String accountId, Secret secret) {
        Secret previous = secrets.put(accountId, Secret.of(secret.chars()));
        if (previous != null) {
            previous.clear();
        }
    }

    @Override
    public Optional<Secret> get(String accountId) {
        Secret secret = secrets.get(accountId);
        return secret == null ? Optional.empty() : Optional.of(Secret.of(secret.chars()));
    }

    @Override
    public void remove(String accountId) {
        Secret removed = secrets.remove(accountId);
        if (removed != null) {
            removed.clear();
        }
    }

    @Override
    public boolean persistent() {
        return false;
    }
}
