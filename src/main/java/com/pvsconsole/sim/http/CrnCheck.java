package com.pvsconsole.sim.http;

import com.pvsconsole.sim.state.SimState;
import com.pvsconsole.sim.state.Workspace;

/**
 * The CRN header every call but the workspace ones must carry:
 * {@code crn:v1:bluemix:public:power-iaas:<zone>:a/<account>:<cloud_instance_id>::}. It must name
 * this account and the workspace the path addresses (403 otherwise).
 */
public final class CrnCheck {

    private final SimState state;

    public CrnCheck(SimState state) {
        this.state = state;
    }

    /** Throws a 403 ApiException unless the header fits; {@code pathWorkspaceId} may be null. */
    public void verify(String header, String pathWorkspaceId) {
        if (header == null || header.isBlank()) {
            throw new ApiException(403, "the CRN header is required: crn:v1:bluemix:public:power-iaas:<zone>:a/<account>:<workspace id>::");
        }
        String[] parts = header.trim().split(":", -1);
        if (parts.length < 8 || !parts[0].equals("crn") || !parts[4].equals("power-iaas") || !parts[6].startsWith("a/")) {
            throw new ApiException(403, "the CRN header is not a Power VS workspace CRN: " + header);
        }
        if (!parts[6].substring(2).equals(state.accountId())) {
            throw new ApiException(403, "the CRN header names account " + parts[6].substring(2)
                    + ", which this token may not use");
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
