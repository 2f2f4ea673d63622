package com.pvsconsole.service.accounts;

import com.pvsconsole.api.model.Workspace;
import java.util.Objects;

/** A workspace found while discovering an account, with the region whose endpoint listed it. */
public record FoundWorkspace(String region, Workspace workspace) {

    public FoundWorkspace {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(workspace, "workspace");
    }
}
