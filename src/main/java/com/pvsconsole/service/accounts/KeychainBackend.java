package com.pvsconsole.service.accounts;

/**
 * The few keychain calls we need, as a seam: production uses {@link JavaKeyringBackend}, tests
 * inject a failing or in-memory one. Implementations may throw anything, including
 * {@link LinkageError} from native code; {@link KeychainSecretStore} and
 * {@link SecretStoreFactory} catch it.
 */
public interface KeychainBackend extends AutoCloseable {

    /** Returns null when there is no entry. */
    String read(String service, String account) throws Exception;

    void write(String service, String account, String value) throws Exception;

    void delete(String service, String account) throws Exception;

    /** A short name for logs and notices, e.g. "Secret Service" or "macOS Keychain". */
    String description();

    @Override
    void close() throws Exception;
}
