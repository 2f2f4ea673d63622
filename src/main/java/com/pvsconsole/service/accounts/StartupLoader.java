package com.pvsconsole.service.accounts;

import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.LoadResult;
import com.pvsconsole.service.settings.Settings;
import com.pvsconsole.service.settings.SettingsStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Loads the start-up state in one call: settings, the key store (keychain or session, chosen on
 * a thread of its own and waited for only when a key is used), the account list and the start-up
 * account decision. Does file I/O: run it before the window opens or on a background thread,
 * never on the FX thread.
 */
public final class StartupLoader {

    private final AppDirectories directories;
    private final StartupConfigResolver resolver;
    private final SecretStoreFactory secretStores;
    private final SecretMasker masker;
    private final Clock clock;

    public StartupLoader(AppDirectories directories, StartupConfigResolver resolver, SecretStoreFactory secretStores,
            SecretMasker masker, Clock clock) {
        this.directories = Objects.requireNonNull(directories, "directories");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.secretStores = Objects.requireNonNull(secretStores, "secretStores");
        this.masker = Objects.requireNonNull(masker, "masker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws IllegalArgumentException when an environment override is invalid (show the message, exit)
     */
    public StartupState load(List<String> args) {
        // The keychain is probed while the files load, and start-up does not wait for it: a keychain
        // slow to answer (D-Bus activation) or waiting for the user to unlock it held the window for
        // up to the probe's timeout, even for the demo, which needs no key.
        CompletableFuture<SecretStoreSelection> selection = secretStores.selectInBackground();
        List<String> notices = new ArrayList<>();
        SettingsStore settingsStore = new SettingsStore(directories.config(), clock);
        LoadResult<Settings> settings = settingsStore.load();
        settings.notice().ifPresent(notices::add);

        SecretStore secrets = new MaskingSecretStore(new PendingSecretStore(selection), masker);
        AccountRepository accounts = new AccountRepository(directories.config(), secrets, clock);
        accounts.loadNotice().ifPresent(notices::add);

        StartupConfig config = resolver.resolve(args, accounts.list(), settings.value().lastAccount(),
                settings.value().httpTrace());
        CompletionStage<Optional<String>> keychainNotice = CompletableFuture.completedStage(Optional.empty());
        if (config.account() instanceof StartupAccount.FromEnvironment fromEnvironment) {
            masker.mask(fromEnvironment.key());
        } else if (accounts.list().size() > 1) {
            // Saved accounts whose keys cannot have survived: say why they are asked for again.
            // (The add-account dialog shows the same notice when !accounts.keysPersist().)
            keychainNotice = selection.thenApply(SecretStoreSelection::notice).minimalCompletionStage();
        }
        notices.addAll(config.notices());
        return new StartupState(directories, settingsStore, settings.value(), accounts, secrets, config, notices,
                keychainNotice);
    }
}
