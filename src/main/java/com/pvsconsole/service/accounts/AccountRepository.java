package com.pvsconsole.service.accounts;

import com.pvsconsole.service.settings.JsonFileStore;
import com.pvsconsole.service.settings.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's accounts: profiles in {@code accounts.json} in the configuration folder, keys in
 * the {@link SecretStore}, never together. The demo account is always listed first and can be
 * neither added nor removed. Methods do file and keychain I/O: call them off the FX thread.
 */
public final class AccountRepository {

    public static final String FILE_NAME = "accounts.json";

    private final JsonFileStore<AccountList> file;
    private final SecretStore secrets;
    private final Optional<String> loadNotice;
    private List<AccountProfile> stored;

    public AccountRepository(Path configDirectory, SecretStore secrets, Clock clock) {
        this.file = new JsonFileStore<>(configDirectory.resolve(FILE_NAME), AccountList.class, AccountList::empty,
                "account list", clock);
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        LoadResult<AccountList> loaded = file.load();
        this.stored = List.copyOf(loaded.value().accounts());
        this.loadNotice = loaded.notice();
    }

    /** Present when the account file was damaged and set aside at start; show it once. */
    public Optional<String> loadNotice() {
        return loadNotice;
    }

    /** The demo account first, then the user's accounts in the order they were added. */
    public synchronized List<AccountProfile> list() {
        List<AccountProfile> all = new ArrayList<>(stored.size() + 1);
        all.add(AccountProfile.demo());
        all.addAll(stored);
        return List.copyOf(all);
    }

    public synchronized Optional<AccountProfile> find(String id) {
        return list().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Stores the key, then the profile; if the profile cannot be saved the key is taken back out. */
    public synchronized void add(AccountProfile profile, Secret key) throws IOException, SecretStoreException {
        if (profile.kind() != AccountKind.IBM_CLOUD) {
            throw new IllegalArgumentException("Only IBM Cloud accounts can be added");
        }
        if (find(profile.id()).isPresent()) {
            throw new IllegalArgumentException("An account with this id already exists");
        }
        if (hasName(profile.name())) {
            throw new IllegalArgumentException("An account named \"" + profile.name() + "\" already exists");
        }
        secrets.put(profile.id(), key);
        List<AccountProfile> updated = new ArrayList<>(stored);
        updated.add(profile);
        try {
            file.save(new AccountList(AccountList.CURRENT_VERSION, updated));
        } catch (IOException e) {
            secrets.remove(profile.id());
            throw e;
        }
        stored = List.copyOf(updated);
    }

    /** Removes the profile and its key. The demo account cannot be removed. */
    public synchronized void remove(String id) throws IOException, SecretStoreException {
        if (AccountProfile.DEMO_ID.equals(id)) {
            throw new IllegalArgumentException("The demo account cannot be removed");
        }
        List<AccountProfile> updated = stored.stream().filter(a -> !a.id().equals(id)).toList();
        if (updated.size() == stored.size()) {
            return;
        }
        file.save(new AccountList(AccountList.CURRENT_VERSION, updated));
        stored = updated;
        secrets.remove(id);
    }

    /**
     * Replaces a saved account's key (IBM Cloud refused the old one, or it is gone from the store).
     * The profile is unchanged; only the key store is written.
     */
    public synchronized void replaceKey(String id, Secret key) throws SecretStoreException {
        AccountProfile profile = find(id).orElseThrow(() -> new IllegalArgumentException("No saved account " + id));
        if (profile.kind() != AccountKind.IBM_CLOUD) {
            throw new IllegalArgumentException("Only a saved IBM Cloud account's key can be replaced");
        }
        secrets.put(id, key);
    }

    /** The key of an account, if the store still has it (a session store forgets on exit). */
    public Optional<Secret> keyOf(String id) throws SecretStoreException {
        return secrets.get(id);
    }

    /**
     * The account with its key: the demo key for the demo, the stored key otherwise. Empty when
     * the account is unknown or its key is gone (session store after a restart, keychain entry
     * deleted by the user): then ask the user for the key again.
     */
    public Optional<AccountCredentials> credentials(String id) throws SecretStoreException {
        Optional<AccountProfile> profile = find(id);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        if (profile.get().isDemo()) {
            return Optional.of(AccountCredentials.demo());
        }
        return secrets.get(id).map(key -> new AccountCredentials(profile.get(), key));
    }

    public boolean keysPersist() {
        return secrets.persistent();
    }

    public boolean hasName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return list().stream().anyMatch(a -> a.name().strip().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
