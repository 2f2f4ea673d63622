package com.pvsconsole.service.catalog;

import com.pvsconsole.api.model.PoolSystem;
import com.pvsconsole.api.model.StorageTier;
import com.pvsconsole.api.model.SystemPool;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.service.provisioning.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a workspace really offers, from its live catalogs: the system types its system pools have (with the
 * largest core and memory sizes one host can still take) and its active storage tiers. The create wizard,
 * resize and volume create offer only these instead of hard-coded lists.
 */
public record WorkspaceOffer(List<SystemTypeOffer> systemTypes, List<String> storageTiers) {

    public WorkspaceOffer {
        systemTypes = List.copyOf(systemTypes);
        storageTiers = List.copyOf(storageTiers);
    }

    /** One system type and the most a single host of it can still fit. */
    public record SystemTypeOffer(String type, double maxCores, long maxMemoryGb) {
    }

    /** Builds the offer from the answers of {@code system-pools} and {@code storage-tiers}. */
    public static WorkspaceOffer from(Map<String, SystemPool> pools, List<StorageTier> tiers) {
        List<SystemTypeOffer> types = pools.entrySet().stream()
                .map(e -> new SystemTypeOffer(e.getKey(), cores(e.getValue().maxCoresAvailable()),
                        memory(e.getValue().maxMemoryAvailable())))
                .sorted(java.util.Comparator.comparing(SystemTypeOffer::type))
                .toList();
        List<String> active = tiers.stream()
                .filter(t -> t.name() != null && (t.state() == null || t.state().equals("active")))
                .map(StorageTier::name).sorted().toList();
        return new WorkspaceOffer(types, active);
    }

    public Optional<SystemTypeOffer> systemType(String type) {
        return systemTypes.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    /**
     * True when one host of {@code type} can take that size: the best predictor of the service's "No valid
     * host was found" before anything is sent.
     */
    public boolean fits(String type, double cores, double memoryGb) {
        return systemType(type).map(t -> cores <= t.maxCores() && memoryGb <= t.maxMemoryGb()).orElse(false);
    }

    /**
     * {@code rule.host.fit} when no host of {@code type} can take that size (the service would answer "No valid
     * host was found" after a long build), or {@code rule.host.type} when the workspace has no such type.
     */
    public Optional<Violation> fitProblem(String type, double cores, double memoryGb) {
        Optional<SystemTypeOffer> offered = systemType(type);
        if (offered.isEmpty()) {
            return Optional.of(Violation.of("rule.host.type", type));
        }
        SystemTypeOffer host = offered.get();
        return cores <= host.maxCores() && memoryGb <= host.maxMemoryGb() ? Optional.empty()
                : Optional.of(Violation.of("rule.host.fit", type, SizeRules.format(host.maxCores()), host.maxMemoryGb()));
    }

    private static double cores(PoolSystem system) {
        return system == null || system.cores() == null ? 0 : system.cores();
    }

    private static long memory(PoolSystem system) {
        return system == null || system.memory() == null ? 0 : system.memory();
    }
}
