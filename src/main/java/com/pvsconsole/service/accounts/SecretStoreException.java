package com.pvsconsole.service.accounts;

/** A key could not be stored, read or removed (keychain locked, access denied, backend gone). */
public final class SecretStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
