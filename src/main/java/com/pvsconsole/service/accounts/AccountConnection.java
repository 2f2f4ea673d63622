package com.pvsconsole.service.accounts;

import com.pvsconsole.api.PowerVsClient;
import java.util.Objects;

/**
 * A client for one account and the region to open when nothing better is known (the demo's
 * simulator serves only a few regions).
 */
public record AccountConnection(AccountProfile profile, PowerVsClient client, String homeRegion) {

    public AccountConnection {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(homeRegion, "homeRegion");
    }
}
