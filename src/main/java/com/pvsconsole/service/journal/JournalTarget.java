package com.pvsconsole.service.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The identity of what an action touched: the workspace (region, endpoint type, CRN, name) and the
 * object (type, id, name); the id is empty for a create until the answer (or a check) names it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JournalTarget(String region, String endpointType, String crn, String workspaceName,
        String resourceType, String resourceId, String resourceName) {

    String searchText() {
        return String.join(" ", String.valueOf(region), String.valueOf(workspaceName), String.valueOf(resourceType),
                String.valueOf(resourceId), String.valueOf(resourceName));
    }
}
