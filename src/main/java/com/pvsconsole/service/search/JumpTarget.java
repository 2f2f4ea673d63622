package com.pvsconsole.service.search;

import java.util.Objects;

/**
 * Something Ctrl+K can jump to: a server, volume, network or workspace, where it lives, and its id
 * (what the caller needs to open it).
 */
public record JumpTarget(Kind kind, String name, String region, String workspace, String id) {

    public enum Kind { SERVER, VOLUME, NETWORK, WORKSPACE, IMAGE, SSH_KEY }

    public JumpTarget {
        Objects.requireNonNull(kind, "kind");
        name = Objects.requireNonNullElse(name, "");
        region = Objects.requireNonNullElse(region, "");
        workspace = Objects.requireNonNullElse(workspace, "");
    }
}
