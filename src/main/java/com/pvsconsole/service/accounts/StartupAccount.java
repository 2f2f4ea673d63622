package com.pvsconsole.service.accounts;

import java.util.Objects;

/** Which account the console opens on. */
public sealed interface StartupAccount {

    AccountProfile profile();

    /** The embedded simulator with its demo data. */
    record Demo(String reason) implements StartupAccount {
        @Override
        public AccountProfile profile() {
            return AccountProfile.demo();
        }
    }

    /** {@code PVS_CONSOLE_API_KEY}: used for this run only, never stored. */
    record FromEnvironment(AccountProfile profile, Secret key) implements StartupAccount {
        public FromEnvironment {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(key, "key");
        }
    }

    /** A saved account; its key comes from the {@link SecretStore} (it may be missing: then ask). */
    record Stored(AccountProfile profile) implements StartupAccount {
        public Stored {
            Objects.requireNonNull(profile, "profile");
        }
    }
}
