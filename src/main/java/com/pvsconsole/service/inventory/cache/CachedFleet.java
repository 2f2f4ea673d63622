package com.pvsconsole.service.inventory.cache;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The last known inventory of one account, as kept in the cache folder: every workspace the
 * store had loaded, each with its own lists. It holds what the service returned and nothing
 * else: no key, no token, no client configuration.
 *
 * @param formatVersion {@link InventoryCache#FORMAT_VERSION} when written by this build
 * @param accountId     the account the inventory belongs to (checked again on load)
 * @param savedAt       when the snapshot was taken, for "as of 14:02"
 */
public record CachedFleet(int formatVersion, String accountId, Instant savedAt, List<CachedWorkspace> workspaces) {

    public CachedFleet {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(savedAt, "savedAt");
        workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
    }

    /** A snapshot in the current format. */
    public static CachedFleet of(String accountId, Instant savedAt, List<CachedWorkspace> workspaces) {
        return new CachedFleet(InventoryCache.FORMAT_VERSION, accountId, savedAt, workspaces);
    }
}
