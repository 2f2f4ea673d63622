package com.pvsconsole.service.actions;

import java.util.List;

/** The results of one action over one or more instances, in the order they were selected. */
public record BulkResult(InstanceActionKind kind, List<InstanceResult> results) {

    public BulkResult {
        results = List.copyOf(results);
    }
}
