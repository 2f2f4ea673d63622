package com.pvsconsole.service.accounts;

import com.pvsconsole.service.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What discovering an account found: its workspaces in every region that answered, and the
 * regions that could not be asked (with why), so a partly reachable account still signs in.
 */
public record DiscoveryResult(List<FoundWorkspace> workspaces, Map<String, Problem> unreachableRegions) {

    public DiscoveryResult {
        workspaces = List.copyOf(workspaces);
        unreachableRegions = Map.copyOf(unreachableRegions);
    }

    /** The workspace to open first: the first one found, in catalog region order. */
    public Optional<FoundWorkspace> first() {
        return workspaces.stream().findFirst();
    }
}
