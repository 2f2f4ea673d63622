package com.pvsconsole.service.accounts;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks where keys live: the OS keychain when a write-read-delete round trip works, otherwise
 * an in-memory store with a notice for the user. Opening a keychain can fail in many ways
 * (no D-Bus on headless Linux, missing native library, locked or refused keychain): every
 * one of them, including {@link LinkageError}, leads to the session store, never a crash.
 * The probe may block on D-Bus or a keychain prompt (up to the probe timeout): call it off
 * the FX thread.
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

    /** Long enough for a slow D-Bus activation, short enough not to stall start-up for good. */
    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final BackendOpener opener;
    private final Duration probeTimeout;

    public SecretStoreFactory(BackendOpener opener, Duration probeTimeout) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.probeTimeout = Objects.requireNonNull(probeTimeout, "probeTimeout");
    }

    public SecretStoreFactory(BackendOpener opener) {
        this(opener, DEFAULT_PROBE_TIMEOUT);
    }

    /** A factory on the real OS keychain. */
    public static SecretStoreFactory forOsKeychain() {
        return new SecretStoreFactory(JavaKeyringBackend::open);
    }

    /**
     * Starts {@link #select()} on a daemon thread and returns at once: start-up goes on (the
     * window opens, the demo needs no key) while a keychain is slow to answer or waits for the
     * user to unlock it. The future never fails: every failure selects the session store.
     */
    public CompletableFuture<SecretStoreSelection> selectInBackground() {
        CompletableFuture<SecretStoreSelection> selection = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                selection.complete(select());
            } catch (RuntimeException | Error e) {
                selection.complete(sessionOnly(e));
            }
        }, "keychain-select");
        thread.setDaemon(true);
        thread.start();
        return selection;
    }

    /** Blocks until the keychain answers or the probe times out: call it off the FX thread. */
    public SecretStoreSelection select() {
        // The probe runs on its own short-lived daemon thread so a D-Bus call that never
        // answers cannot hang start-up; the executor is shut down whatever happens.
        ExecutorService probeThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "keychain-probe");
            thread.setDaemon(true);
            return thread;
        });
        Future<KeychainBackend> probe = probeThread.submit(this::openAndProbe);
        try {
            KeychainBackend backend = probe.get(probeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("API keys are kept in the system keychain ({})", backend.description());
            return new SecretStoreSelection(new KeychainSecretStore(backend), Optional.empty());
        } catch (ExecutionException e) {
            return sessionOnly(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            probe.cancel(true);
            return sessionOnly(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return sessionOnly(e);
        } finally {
            probeThread.shutdownNow();
        }
    }

    private KeychainBackend openAndProbe() throws Exception {
        KeychainBackend backend = null;
        try {
            backend = opener.open();
            probe(backend);
            return backend;
        } catch (Exception | LinkageError e) {
            closeQuietly(backend);
            // LinkageError is not an Exception: wrap it so the caller sees one failure type.
            throw e instanceof Exception exception ? exception : new IllegalStateException(e);
        }
    }

    private static SecretStoreSelection sessionOnly(Throwable cause) {
        LOG.info("No usable system keychain ({}); API keys are kept for this session only",
                cause.getClass().getSimpleName());
        return new SecretStoreSelection(new SessionSecretStore(), Optional.of(SESSION_ONLY_NOTICE));
    }

    /**
     * Some backends open fine and fail on first use (locked Secret Service), so use it once. The
     * probe runs while the console is already open: quitting between the write and the delete
     * (tens of milliseconds, after any unlock prompt was answered) leaves a {@code probe-<uuid>}
     * entry under the service {@code pvs-console}, which holds no key and can be deleted.
     */
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
