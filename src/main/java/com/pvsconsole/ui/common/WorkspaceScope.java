package com.pvsconsole.ui.common;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.Region;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.ui.dialog.Confirmation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Names the workspace and region the console currently acts in, as a confirmation shows them. */
public final class WorkspaceScope {

    private WorkspaceScope() {
    }

    /** The current workspace and region of {@code inventory} ("Dallas (us-south)", private marked). */
    public static Confirmation.Scope current(InventoryService inventory) {
        String workspace = inventory.currentWorkspace().map(Workspace::name).orElse("");
        String region = inventory.currentEndpoint()
                .map(endpoint -> regionText(endpoint, inventory.regionsByGeography())).orElse("");
        return new Confirmation.Scope(workspace, region);
    }

    static String regionText(RegionEndpoint endpoint, Map<String, List<Region>> byGeography) {
        Optional<Region> region = byGeography.values().stream().flatMap(List::stream)
                .filter(r -> r.id().equals(endpoint.region())).findFirst();
        String text = region.map(r -> r.displayName() + " (" + r.id() + ")").orElse(endpoint.region());
        return endpoint.type() == EndpointType.PRIVATE ? text + ", private" : text;
    }
}
