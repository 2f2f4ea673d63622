package com.pvsconsole.service.accounts;

import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks where keys live: the OS keychain when a write-read-delete round trip works, otherwise
 * an in-memory store with a notice for the user. Opening a keychain can fail in many ways
 * (no D-Bus on headless Linux, missing native library, locked or refused keychain): every
 * one of them, including {@link LinkageError}, leads to the session store, never a crash.
 * The probe may block on D-Bus or a keychain prompt: call it off the FX thread.
 */
public final class SecretStoreFactory {

    public static final String SESSION_ONLY_NOTICE = "No system keychain is reachable, so API keys are kept "
            + "for this session only: you will be asked for them again next time.";

    private static final Logger LOG = LoggerFactory.getLogger(SecretStoreFactory.class);
    private static final String PROBE_ACCOUNT_PREFIX = "probe-";

    /** Opens a keychain backend; production passes {@code JavaKeyringBackend::open}. */
    @FunctionalInterface
    public interface BackendOpener {
        KeychainBackend open() throws Exception;
    }

    private final BackendOpener opener;

    public SecretStoreFactory(BackendOpener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** A factory on the real OS keychain. */
    public static SecretStoreFactory forOsKeychain() {
        return new SecretStoreFactory(JavaKeyringBackend::open);
    }

    public SecretStoreSelection select() {
        KeychainBackend backend = null;
        try {
            backend = opener.open();
            probe(backend);
            LOG.info("API keys are kept in the system keychain ({})", backend.description());
            return new SecretStoreSelection(new KeychainSecretStore(backend), java.util.Optional.empty());
        } catch (Exception | LinkageError e) {
            LOG.info("No usable system keychain ({}); API keys are kept for this session only",
                    e.getClass().getSimpleName());
            closeQuietly(backend);
            return new SecretStoreSelection(new SessionSecretStore(), java.util.Optional.of(SESSION_ONLY_NOTICE));
        }
    }

    /** Some backends open fine and fail on first use (locked Secret Service), so use it once. */
    private static void probe(KeychainBackend backend) throws Exception {
        String account = PROBE_ACCOUNT_PREFIX + UUID.randomUUID();
        String value = UUID.randomUUID().toString();
        backend.write(KeychainSecretStore.SERVICE, account, value);
        try {
            if (!value.equals(backend.read(KeychainSecretStore.SERVICE, account))) {
                throw new IllegalStateException("keychain did not return what was stored");
            }
        } finally {
            backend.delete(KeychainSecretStore.SERVICE, account);
        }
    }

    private static void closeQuietly(KeychainBackend backend) {
        if (backend == null) {
            return;
        }
        try {
            backend.close();
        } catch (Exception | LinkageError e) {
            LOG.debug("Closing the unusable keychain failed too ({})", e.getClass().getSimpleName());
        }
    }
}
