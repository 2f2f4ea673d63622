package com.pvsconsole.service.accounts;

import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.Settings;
import com.pvsconsole.service.settings.SettingsStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Everything the console needs from disk, command line and environment to open its window, plus
 * the notices to show once it is open (a damaged file set aside, an environment key ignored).
 * The keychain may still be answering: {@code secrets} waits for it when used, and
 * {@code keychainNotice} completes with the notice that saved keys are kept for this session
 * only, when the keychain turned out unusable and the user has saved accounts.
 */
public record StartupState(AppDirectories directories, SettingsStore settingsStore, Settings settings,
        AccountRepository accounts, SecretStore secrets, StartupConfig config, List<String> notices,
        CompletionStage<Optional<String>> keychainNotice) {

    public StartupState {
        Objects.requireNonNull(directories, "directories");
        Objects.requireNonNull(settingsStore, "settingsStore");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(config, "config");
        notices = List.copyOf(notices);
        Objects.requireNonNull(keychainNotice, "keychainNotice");
    }

    /** The same state with other settings (tests and the soak shorten the refresh interval). */
    public StartupState withSettings(Settings changed) {
        return new StartupState(directories, settingsStore, changed, accounts, secrets, config, notices, keychainNotice);
    }
}
