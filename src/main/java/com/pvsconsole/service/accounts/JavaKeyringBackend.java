package com.pvsconsole.service.accounts;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

/**
 * The OS keychain through java-keyring: macOS Keychain, Windows Credential Manager, or the
 * Secret Service (GNOME Keyring, KWallet) over D-Bus on Linux.
 */
public final class JavaKeyringBackend implements KeychainBackend {

    private final Keyring keyring;

    private JavaKeyringBackend(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Opens the OS keychain; throws when none is available (e.g. headless Linux without D-Bus). */
    public static JavaKeyringBackend open() throws Exception {
        return new JavaKeyringBackend(Keyring.create());
    }

    @Override
    public String read(String service, String account) {
        try {
            return keyring.getPassword(service, account);
        } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry and a refused read the same way; both mean
            // "no usable key here", and the user is asked for the key again.
            return null;
        }
    }

    @Override
    public void write(String service, String account, String value) throws Exception {
        keyring.setPassword(service, account, value);
    }

    @Override
    public void delete(String service, String account) throws Exception {
        keyring.deletePassword(service, account);
    }

    @Override
    public String description() {
        return String.valueOf(keyring.getKeyringStorageType());
    }

    @Override
    public void close() throws Exception {
        keyring.close();
    }
}
