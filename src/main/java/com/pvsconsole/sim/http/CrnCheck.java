package com.pvsconsole.sim.http;

import com.pvsconsole.sim.state.Region;
import com.pvsconsole.sim.state.SimState;
import com.pvsconsole.sim.state.Workspace;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The CRN header every call but the workspace ones must carry:
 * {@code crn:v1:bluemix:public:power-iaas:<zone>:a/<account>:<cloud_instance_id>::}. It must name
 * this account and the workspace the path addresses (403 otherwise).
 */
public final class CrnCheck {

    /** IBM's SDK accepts both service names in a workspace CRN. */
    private static final Set<String> SERVICES = Set.of("power-iaas", "ppc-aas");

    private final SimState state;

    public CrnCheck(SimState state) {
        this.state = state;
    }

    /**
     * The path parameters, plus {@code cloud_instance_id} from the CRN for the {@code /v1/...} routes whose
     * path names no workspace (network interfaces, network security groups): the CRN says which one.
     */
    static Map<String, String> withWorkspace(Map<String, String> pathParams, String header) {
        if (pathParams.containsKey("cloud_instance_id") || header == null) {
            return pathParams;
        }
        Map<String, String> params = new HashMap<>(pathParams);
        params.put("cloud_instance_id", header.trim().split(":", -1)[7]);
        return Map.copyOf(params);
    }

    /**
     * Throws a 403 ApiException unless the header fits; {@code pathWorkspaceId} may be null. The CRN's
     * zone must belong to the region whose host was called: a dal10 workspace is not served by lon.
     */
    public void verify(String header, String pathWorkspaceId, Region region) {
        if (header == null || header.isBlank()) {
            throw new ApiException(403, "the CRN header is required: crn:v1:bluemix:public:power-iaas:<zone>:a/<account>:<workspace id>::");
        }
        String[] parts = header.trim().split(":", -1);
        if (parts.length < 8 || !parts[0].equals("crn") || !SERVICES.contains(parts[4]) || !parts[6].startsWith("a/")) {
            throw new ApiException(403, "the CRN header is not a Power VS workspace CRN: " + header);
        }
        if (!parts[6].substring(2).equals(state.accountId())) {
            throw new ApiException(403, "the CRN header names account " + parts[6].substring(2)
                    + ", which this token may not use");
        }
        if (!region.zones().contains(parts[5])) {
            throw new ApiException(403, "the CRN header names zone " + parts[5] + ", which is not in region "
                    + region.name() + " (" + String.join(", ", region.zones()) + ")");
        }
        String crnWorkspace = parts[7];
        if (pathWorkspaceId != null && !crnWorkspace.equals(pathWorkspaceId)) {
            throw new ApiException(403, "the CRN header names workspace " + crnWorkspace
                    + " but the request addresses workspace " + pathWorkspaceId);
        }
        Workspace ws = state.workspaces.get(crnWorkspace);
        if (ws == null && pathWorkspaceId == null) {
            throw new ApiException(403, "the CRN header names workspace " + crnWorkspace + ", which is not in this account");
        }
    }
}
