package com.pvsconsole.service.accounts;

import java.util.Objects;

/** An account together with the key to sign in with; what the API client needs to connect. */
public record AccountCredentials(AccountProfile profile, Secret key) {

    /** The simulator's fixed demo key (agreed with the simulator; not a secret). */
    public static final String DEMO_API_KEY = "pvs-demo-api-key";

    public AccountCredentials {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(key, "key");
    }

    public static AccountCredentials demo() {
        return new AccountCredentials(AccountProfile.demo(), Secret.of(DEMO_API_KEY));
    }
}
