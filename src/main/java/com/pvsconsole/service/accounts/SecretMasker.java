package com.pvsconsole.service.accounts;

/**
 * Something that must hide a secret's value from now on, e.g. the log redaction filter
 * (implemented in the app layer by {@code LogControl}). Kept as an interface here so the
 * service layer can report keys without knowing about logging.
 */
@FunctionalInterface
public interface SecretMasker {

    void mask(Secret secret);

    /** For tests and wiring without logging. */
    SecretMasker NONE = secret -> { };
}
