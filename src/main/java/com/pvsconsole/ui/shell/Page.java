package com.pvsconsole.ui.shell;

import java.util.Locale;

/** The pages of the left navigation. */
public enum Page {
    ALL_SERVERS,
    OVERVIEW,
    INSTANCES,
    VOLUMES,
    NETWORKS,
    SNAPSHOTS,
    IMAGES,
    SSH_KEYS,
    POOLS,
    WORKSPACE,
    EVENTS,
    ACTIVITY,
    HISTORY;

    /** Message key and node id suffix, e.g. {@code ssh-keys}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
