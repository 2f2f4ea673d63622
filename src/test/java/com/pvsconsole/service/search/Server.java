package com.pvsconsole.service.search;

import java.util.List;

/** A server row for search tests. */
record Server(String name, String id, List<String> ips, String os, String status, String health, String region,
              String workspace, String systemType, double processors, double memoryGb) implements Searchable {

    static Server named(String name) {
        return new Server(name, "id-" + name, List.of(), "aix", "ACTIVE", "OK", "dal10", "prod", "s922", 1, 8);
    }

    Server withIps(String... addresses) {
        return new Server(name, id, List.of(addresses), os, status, health, region, workspace, systemType, processors,
                memoryGb);
    }

    Server with(String newStatus, String newHealth, String newRegion, String newWorkspace) {
        return new Server(name, id, ips, os, newStatus, newHealth, newRegion, newWorkspace, systemType, processors,
                memoryGb);
    }

    Server sized(String newOs, String type, double proc, double mem) {
        return new Server(name, id, ips, newOs, status, health, region, workspace, type, proc, mem);
    }
}
