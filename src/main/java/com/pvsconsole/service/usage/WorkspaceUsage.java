package com.pvsconsole.service.usage;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.CloudInstanceUsageLimits;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import java.util.List;
import java.util.function.Function;

/** A workspace's usage against its limits, from {@code GET /pcloud/v1/cloud-instances/{id}}. */
public final class WorkspaceUsage {

    private final PowerVsClient client;
    private final WorkspaceTasks tasks;

    public WorkspaceUsage(PowerVsClient client, WorkspaceTasks tasks) {
        this.client = client;
        this.tasks = tasks;
    }

    public Pending<List<UsageMetric>> load(WorkspaceScope scope) {
        return tasks.run(scope, "Load usage", (ctx, token) -> metrics(client.getCloudInstance(ctx, token)));
    }

    /** The same load, kept out of the activity history unless it fails (it follows the auto-refresh). */
    public Pending<List<UsageMetric>> refreshQuietly(WorkspaceScope scope) {
        return tasks.quiet(scope, "Load usage", (ctx, token) -> metrics(client.getCloudInstance(ctx, token)));
    }

    /** Instances, processors, memory and storage; a missing number counts as 0. */
    static List<UsageMetric> metrics(CloudInstance workspace) {
        CloudInstanceUsageLimits usage = workspace.usage();
        CloudInstanceUsageLimits limits = workspace.limits();
        return List.of(
                metric(UsageMetric.Kind.INSTANCES, usage, limits, CloudInstanceUsageLimits::instances),
                metric(UsageMetric.Kind.PROCESSORS, usage, limits, CloudInstanceUsageLimits::processors),
                metric(UsageMetric.Kind.MEMORY, usage, limits, CloudInstanceUsageLimits::memory),
                metric(UsageMetric.Kind.STORAGE, usage, limits, CloudInstanceUsageLimits::storage));
    }

    private static UsageMetric metric(UsageMetric.Kind kind, CloudInstanceUsageLimits usage,
                                      CloudInstanceUsageLimits limits, Function<CloudInstanceUsageLimits, Double> field) {
        return new UsageMetric(kind, value(usage, field), value(limits, field));
    }

    private static double value(CloudInstanceUsageLimits numbers, Function<CloudInstanceUsageLimits, Double> field) {
        Double value = numbers == null ? null : field.apply(numbers);
        return value == null ? 0 : value;
    }
}
