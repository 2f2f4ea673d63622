package com.pvsconsole.service.accounts;

import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.Settings;
import com.pvsconsole.service.settings.SettingsStore;
import java.util.List;
import java.util.Objects;

/**
 * Everything the console needs from disk, keychain, command line and environment to open its
 * window, plus the notices to show once it is open (a damaged file set aside, keys kept for
 * this session only, an environment key ignored).
 */
public record StartupState(AppDirectories directories, SettingsStore settingsStore, Settings settings,
        AccountRepository accounts, SecretStore secrets, StartupConfig config, List<String> notices) {

    public StartupState {
        Objects.requireNonNull(directories, "directories");
        Objects.requireNonNull(settingsStore, "settingsStore");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(config, "config");
        notices = List.copyOf(notices);
    }
}
