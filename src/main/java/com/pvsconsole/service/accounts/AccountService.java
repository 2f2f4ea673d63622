package com.pvsconsole.service.accounts;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The accounts of the running console: which exist, which is current, and adding, removing and
 * switching. Keychain, file and network work runs on the executor; state and callbacks stay on
 * the UI thread. Switching hands a fresh connection to the {@link AccountActivator}.
 */
public final class AccountService {

    /** Hears the account list and the current account change. UI thread. */
    @FunctionalInterface
    public interface Listener {
        void accountsChanged(List<AccountProfile> accounts, AccountProfile current);
    }

    /** Hears one add-account attempt. UI thread. */
    public interface AddListener extends WorkspaceDiscovery.Listener {
        /** Discovery succeeded and the account was saved; {@code notice} when its key is kept for this session only. */
        void added(AccountProfile profile, DiscoveryResult result, Optional<String> notice);
    }

    private final AccountRepository repository;
    private final AccountClientFactory clients;
    private final WorkspaceDiscovery discovery;
    private final TaskExecutor executor;
    private final AccountActivator activator;
    private final Consumer<String> notices;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Optional<StartupAccount.FromEnvironment> environment;
    /** A key the user gave for the environment account in this run (its own was refused); memory only. */
    private Secret environmentKey;
    private List<AccountProfile> accounts;
    private AccountProfile current;
    private TaskHandle activation = TaskHandle.none();
    /** False until the first account opened: a start-up account that cannot open falls back to the demo. */
    private boolean opened;

    /**
     * @param environment the {@code PVS_CONSOLE_API_KEY} account of this run, listed but never stored
     * @param notices     shows a message to the user (keys that are gone, failed saves)
     */
    /** Hides every key typed into the console from the logs. */
    private final SecretMasker masker;

    public AccountService(AccountRepository repository, AccountClientFactory clients, WorkspaceDiscovery discovery,
                          TaskExecutor executor, AccountActivator activator, Consumer<String> notices,
                          Optional<StartupAccount.FromEnvironment> environment, SecretMasker masker) {
        this.masker = Objects.requireNonNull(masker, "masker");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.discovery = Objects.requireNonNull(discovery, "discovery");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.activator = Objects.requireNonNull(activator, "activator");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.accounts = withEnvironment(repository.list());
        this.current = AccountProfile.demo();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
        listener.accountsChanged(accounts, current);
    }

    public List<AccountProfile> accounts() {
        return accounts;
    }

    public AccountProfile current() {
        return current;
    }

    /** Opens the start-up account: the environment's key, a stored account (key from the store) or the demo. */
    public void start(StartupAccount account) {
        if (account instanceof StartupAccount.FromEnvironment env) {
            connect(env.profile(), () -> Optional.of(environmentKey()));
        } else {
            switchTo(account.profile());
        }
    }

    /** Switches to a listed account: reads its key off the UI thread, then rebuilds the connection. */
    public void switchTo(AccountProfile profile) {
        if (profile.kind() == AccountKind.ENVIRONMENT) {
            environment.ifPresent(env -> connect(env.profile(), () -> Optional.of(environmentKey())));
            return;
        }
        connect(profile, () -> repository.credentials(profile.id()).map(AccountCredentials::key));
    }

    /**
     * Checks the draft's key and discovers its workspaces; on success saves the account (key to the
     * key store), makes it current and opens its first workspace. Nothing is saved on failure.
     */
    public TaskHandle add(AccountDraft draft, AddListener listener) {
        AccountProfile profile = draft.toProfile();
        Secret key = draft.trimmedKey();
        // Masked in the logs from the moment it is checked, kept or not (the keychain masks what it stores).
        masker.mask(key);
        return discovery.discover(profile, key, new WorkspaceDiscovery.Listener() {
            @Override
            public void progress(int done, int total) {
                listener.progress(done, total);
            }

            @Override
            public void succeeded(DiscoveryResult result) {
                save(profile, key, result, listener);
            }

            @Override
            public void failed(Problem problem) {
                listener.failed(problem);
            }
        });
    }

    private void save(AccountProfile profile, Secret key, DiscoveryResult result, AddListener listener) {
        executor.submit(BackgroundTask.of("Save account", profile.name(), context -> {
            repository.add(profile, key);
            return repository.keysPersist();
        }).onSuccess(persistent -> {
            accounts = withEnvironment(repository.list());
            listener.added(profile, result, persistent ? Optional.empty()
                    : Optional.of(SecretStoreFactory.SESSION_ONLY_NOTICE));
            connect(profile, () -> Optional.of(key), result.first());
        }).onFailure(listener::failed));
    }

    /**
     * Another API key for an account whose key IBM Cloud refused: checked like a new account's
     * (sign-in, then workspace discovery), and only once accepted kept (the key store for a saved
     * account, memory only for the {@code PVS_CONSOLE_API_KEY} account: never written) and the
     * account reopened with it, so its workspaces load without a restart. Nothing changes on failure.
     */
    public TaskHandle replaceKey(AccountProfile profile, Secret key, KeyListener listener) {
        if (profile.kind() != AccountKind.IBM_CLOUD && profile.kind() != AccountKind.ENVIRONMENT) {
            throw new IllegalArgumentException("The demo account has no key to replace");
        }
        // A key for this run only never passes the keychain, which masks the keys it stores.
        masker.mask(key);
        return discovery.discover(profile, key, new WorkspaceDiscovery.Listener() {
            @Override
            public void progress(int done, int total) {
                listener.progress(done, total);
            }

            @Override
            public void succeeded(DiscoveryResult result) {
                keep(profile, key, result, listener);
            }

            @Override
            public void failed(Problem problem) {
                listener.failed(problem);
            }
        });
    }

    /** Hears one replace-key attempt. UI thread. */
    public interface KeyListener extends WorkspaceDiscovery.Listener {
        /** The key was accepted and kept; the account reopens with it. */
        void keyReplaced(AccountProfile profile, DiscoveryResult result);
    }

    private void keep(AccountProfile profile, Secret key, DiscoveryResult result, KeyListener listener) {
        if (profile.kind() == AccountKind.ENVIRONMENT) {
            environmentKey = key;
            listener.keyReplaced(profile, result);
            connect(profile, () -> Optional.of(key), result.first());
            return;
        }
        executor.submit(BackgroundTask.of("Save API key", profile.name(), context -> {
            repository.replaceKey(profile.id(), key);
            return profile;
        }).onSuccess(saved -> {
            listener.keyReplaced(saved, result);
            connect(saved, () -> Optional.of(key), result.first());
        }).onFailure(listener::failed));
    }

    private Secret environmentKey() {
        return environmentKey != null ? environmentKey
                : environment.map(StartupAccount.FromEnvironment::key).orElseThrow();
    }

    /** Removes a saved account and its key; switches to the demo if it was current. */
    public void remove(AccountProfile profile) {
        if (profile.kind() != AccountKind.IBM_CLOUD) {
            throw new IllegalArgumentException("Only saved accounts can be removed");
        }
        executor.submit(BackgroundTask.of("Remove account", profile.name(), context -> {
            repository.remove(profile.id());
            return repository.list();
        }).onSuccess(list -> {
            accounts = withEnvironment(list);
            if (current.id().equals(profile.id())) {
                switchTo(AccountProfile.demo());
            } else {
                fireChanged();
            }
        }).onFailure(problem -> notices.accept(problem.title() + ": " + problem.hint())));
    }

    private interface KeySource {
        Optional<Secret> key() throws Exception;
    }

    private void connect(AccountProfile profile, KeySource keys) {
        connect(profile, keys, Optional.empty());
    }

    private void connect(AccountProfile profile, KeySource keys, Optional<FoundWorkspace> start) {
        activation.cancel();
        activation = executor.submit(BackgroundTask.<Optional<AccountConnection>>of("Connect", profile.name(),
                context -> keys.key().map(key -> clients.connect(profile, key)))
                .onSuccess(connection -> {
                    if (connection.isEmpty()) {
                        couldNotOpen(profile, "The API key of \"" + profile.name() + "\" is no longer stored (it was "
                                + "kept for one session only or removed from the keychain). Remove the account and add it again.");
                        return;
                    }
                    opened = true;
                    current = profile;
                    fireChanged();
                    activator.activate(connection.get(), start);
                })
                .onFailure(problem -> couldNotOpen(profile, problem.title() + ": " + problem.hint())));
    }

    private void couldNotOpen(AccountProfile profile, String notice) {
        notices.accept(notice);
        if (!opened && !profile.isDemo()) {
            switchTo(AccountProfile.demo()); // never leave the window without an account
        }
    }

    private List<AccountProfile> withEnvironment(List<AccountProfile> stored) {
        List<AccountProfile> all = new ArrayList<>(stored);
        environment.ifPresent(env -> all.add(env.profile()));
        return List.copyOf(all);
    }

    private void fireChanged() {
        listeners.forEach(l -> l.accountsChanged(accounts, current));
    }
}
