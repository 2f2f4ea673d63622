package com.pvsconsole.service.catalog;

import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.service.provisioning.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What the create wizard offers from the workspace's live catalogs: its system types and storage tiers (the
 * {@link WorkspaceOffer}) and its storage pools. The shared processor pools and placement groups a new instance can
 * join are not read here: they are kinds of the inventory store, which the wizard needs while it is open.
 */
public record CreateCatalog(WorkspaceOffer offer, List<StoragePoolOffer> storagePools) {

    public CreateCatalog {
        storagePools = List.copyOf(storagePools);
    }

    /**
     * Why {@code pool} cannot take the new instance, if it cannot: dedicated processors never run in a pool, an
     * instance of a pool runs on the pool's system type, and the pool must have the cores left.
     */
    public static Optional<Violation> poolProblem(SharedProcessorPool pool, String procType, String sysType,
                                                  double processors) {
        if (pool == null) {
            return Optional.empty();
        }
        if ("dedicated".equalsIgnoreCase(procType)) {
            return Optional.of(Violation.of("rule.spp.dedicated"));
        }
        if (pool.hostGroup() != null && !pool.hostGroup().equals(sysType)) {
            return Optional.of(Violation.of("rule.spp.sysType", pool.name(), pool.hostGroup()));
        }
        double available = pool.availableCores() == null ? 0 : pool.availableCores();
        return processors > available
                ? Optional.of(Violation.of("rule.spp.cores", pool.name(), SizeRules.format(available)))
                : Optional.empty();
    }
}
