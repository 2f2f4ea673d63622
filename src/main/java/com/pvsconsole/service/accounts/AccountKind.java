package com.pvsconsole.service.accounts;

/** Where an account comes from. Only {@link #IBM_CLOUD} accounts are saved to the account list. */
public enum AccountKind {
    /** The embedded simulator; always present, never removed. */
    DEMO,
    /** Added by the user; its key is in the {@link SecretStore}. */
    IBM_CLOUD,
    /** From {@code PVS_CONSOLE_API_KEY}; used for this run, never stored. */
    ENVIRONMENT
}
