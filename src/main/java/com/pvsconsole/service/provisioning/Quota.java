package com.pvsconsole.service.provisioning;

import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.CloudInstanceUsageLimits;

/**
 * What the workspace still allows (limits minus usage) and the per-instance maxima, from
 * {@code GET /pcloud/v1/cloud-instances/{id}}. A value the service leaves out means "no limit".
 */
public record Quota(double instancesLeft, double processorsLeft, double memoryLeftGb,
                    double maxProcessorsPerInstance, double maxMemoryPerInstanceGb) {

    /** Used when the workspace states no per-instance maximum (the service's largest shared sizes). */
    public static final double DEFAULT_MAX_PROCESSORS = 64;
    public static final double DEFAULT_MAX_MEMORY_GB = 2048;

    public static final Quota UNLIMITED = new Quota(Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE,
            DEFAULT_MAX_PROCESSORS, DEFAULT_MAX_MEMORY_GB);

    public static Quota of(CloudInstance workspace) {
        CloudInstanceUsageLimits limits = workspace.limits();
        CloudInstanceUsageLimits usage = workspace.usage();
        if (limits == null) {
            return UNLIMITED;
        }
        return new Quota(left(limits.instances(), usage == null ? null : usage.instances()),
                left(limits.processors(), usage == null ? null : usage.processors()),
                left(limits.memory(), usage == null ? null : usage.memory()),
                positiveOr(limits.instanceProcUnits(), DEFAULT_MAX_PROCESSORS),
                positiveOr(limits.instanceMemory(), DEFAULT_MAX_MEMORY_GB));
    }

    /** The quota as seen by an instance that already holds {@code processors} and {@code memoryGb} (resize). */
    public Quota releasing(double processors, double memoryGb) {
        return new Quota(instancesLeft, add(processorsLeft, processors), add(memoryLeftGb, memoryGb),
                maxProcessorsPerInstance, maxMemoryPerInstanceGb);
    }

    public boolean unlimited(double value) {
        return value >= Double.MAX_VALUE / 2;
    }

    private static double left(Double limit, Double used) {
        if (limit == null) {
            return Double.MAX_VALUE;
        }
        return Math.max(0, limit - (used == null ? 0 : used));
    }

    private static double positiveOr(Double value, double fallback) {
        return value == null || value <= 0 ? fallback : value;
    }

    private static double add(double left, double amount) {
        return left >= Double.MAX_VALUE / 2 ? left : left + amount;
    }
}
