package com.pvsconsole.sim.routes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Handlers by operation key ("GET /pcloud/v1/cloud-instances/{cloud_instance_id}/pvm-instances"). */
public final class RouteTable {

    private final Map<String, Route> routes = new HashMap<>();

    public RouteTable add(String method, String pathTemplate, Route route) {
        routes.put(method + " " + pathTemplate, route);
        return this;
    }

    public Optional<Route> find(String operationKey) {
        return Optional.ofNullable(routes.get(operationKey));
    }

    public java.util.Set<String> keys() {
        return routes.keySet();
    }

    /** Every route the simulator serves. */
    public static RouteTable standard(SimContext ctx, String publicBaseUrlTemplate) {
        RouteTable table = new RouteTable();
        new WorkspaceRoutes(ctx, publicBaseUrlTemplate).register(table);
        new InstanceRoutes(ctx).register(table);
        new InstanceActions(ctx).register(table);
        new VolumeRoutes(ctx).register(table);
        new NetworkRoutes(ctx).register(table);
        new ImageRoutes(ctx).register(table);
        new SshKeyRoutes(ctx).register(table);
        new EventJobRoutes(ctx).register(table);
        new SnapshotRoutes(ctx).register(table);
        new VolumeChangeRoutes(ctx).register(table);
        new NetworkInterfaceRoutes(ctx).register(table);
        new CatalogRoutes(ctx).register(table);
        new PoolRoutes(ctx).register(table);
        return table;
    }
}
