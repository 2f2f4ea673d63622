package com.pvsconsole.service.pools;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.model.SharedProcessorPoolUpdate;
import com.pvsconsole.api.model.SppPlacementGroup;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Duration;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Shared processor pools, server placement groups and SPP placement groups of a workspace: the load
 * (quiet unless it fails) and every change as a recorded task, so Activity lists each one. Each call
 * goes to the workspace it is given, the one of the row the user acted on. UI thread only.
 */
public final class PoolService {

    /** A new pool is "configuring" until the service has placed it on a host. */
    private static final String CONFIGURING = "configuring";

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final PollSchedule schedule;

    public PoolService(PowerVsClient client, TaskExecutor executor, PollSchedule schedule) {
        this.client = client;
        this.executor = executor;
        this.schedule = schedule;
    }

    /** With the console's usual follow: every 2 s for at most 10 minutes. */
    public PoolService(PowerVsClient client, TaskExecutor executor) {
        this(client, executor, new PollSchedule(Duration.ofSeconds(2), Duration.ofMinutes(10)));
    }

    /** Polls a new pool until it is no longer configuring; every answer goes to {@code onUpdate}. */
    public TaskHandle follow(WorkspaceScope scope, String poolId, String poolName, Consumer<SharedProcessorPool> onUpdate) {
        WorkspaceContext ctx = scope.context();
        return Poller.start(executor, schedule, "Follow shared processor pool", poolName,
                cancellable(token -> client.getSharedProcessorPool(ctx, poolId, token).sharedProcessorPool()),
                pool -> {
                    onUpdate.accept(pool);
                    return !isConfiguring(pool);
                });
    }

    /** Whether the service is still setting the pool up (a follow goes on while it is). */
    public static boolean isConfiguring(SharedProcessorPool pool) {
        return CONFIGURING.equalsIgnoreCase(pool.status());
    }

    /** Pools, groups, SPP groups, servers and host groups of {@code scope}, read one after the other in one task. */
    public Pending<PoolsOverview> load(WorkspaceScope scope) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load pools and placement groups", scope.workspaceName(),
                cancellable(token -> new PoolsOverview(scope, client.listSharedProcessorPools(ctx, token),
                        client.listPlacementGroups(ctx, token), client.listSppPlacementGroups(ctx, token),
                        client.listInstances(ctx, token),
                        new TreeSet<>(client.listSystemPools(ctx, token).keySet()).stream().toList()))).quiet());
    }

    public Pending<SharedProcessorPool> createPool(WorkspaceScope scope, SharedProcessorPoolCreate request) {
        return call(scope, "Create shared processor pool", request.name(),
                (ctx, token) -> client.createSharedProcessorPool(ctx, request, token));
    }

    /** Sets the pool's reserved cores; the service refuses a reserve below what its instances use. */
    public Pending<SharedProcessorPool> resizePool(WorkspaceScope scope, String poolId, String poolName, long cores) {
        return call(scope, "Resize shared processor pool", poolName,
                (ctx, token) -> client.updateSharedProcessorPool(ctx, poolId, SharedProcessorPoolUpdate.reservedCores(cores),
                        token));
    }

    public Pending<Boolean> deletePool(WorkspaceScope scope, String poolId, String poolName) {
        return run(scope, "Delete shared processor pool", poolName,
                (ctx, token) -> client.deleteSharedProcessorPool(ctx, poolId, token));
    }

    public Pending<PlacementGroup> createGroup(WorkspaceScope scope, String name, PlacementPolicy policy) {
        return call(scope, "Create placement group", name, (ctx, token) -> client.createPlacementGroup(ctx,
                PlacementGroupCreate.builder().name(name).policy(policy.wire()).build(), token));
    }

    public Pending<Boolean> deleteGroup(WorkspaceScope scope, String groupId, String groupName) {
        return run(scope, "Delete placement group", groupName,
                (ctx, token) -> client.deletePlacementGroup(ctx, groupId, token));
    }

    public Pending<PlacementGroup> addMember(WorkspaceScope scope, String groupId, String groupName, String serverId,
                                             String serverName) {
        return call(scope, "Add to placement group", serverName + " \u2192 " + groupName,
                (ctx, token) -> client.addPlacementGroupMember(ctx, groupId, serverId, token));
    }

    public Pending<PlacementGroup> removeMember(WorkspaceScope scope, String groupId, String groupName,
                                                String serverId, String serverName) {
        return call(scope, "Remove from placement group", serverName + " \u2190 " + groupName,
                (ctx, token) -> client.removePlacementGroupMember(ctx, groupId, serverId, token));
    }

    public Pending<SppPlacementGroup> createSppGroup(WorkspaceScope scope, String name, PlacementPolicy policy) {
        return call(scope, "Create SPP placement group", name, (ctx, token) -> client.createSppPlacementGroup(ctx,
                SppPlacementGroupCreate.builder().name(name).policy(policy.wire()).build(), token));
    }

    public Pending<Boolean> deleteSppGroup(WorkspaceScope scope, String groupId, String groupName) {
        return run(scope, "Delete SPP placement group", groupName,
                (ctx, token) -> client.deleteSppPlacementGroup(ctx, groupId, token));
    }

    public Pending<SppPlacementGroup> addSppMember(WorkspaceScope scope, String groupId, String groupName,
                                                   String poolId, String poolName) {
        return call(scope, "Add pool to SPP placement group", poolName + " \u2192 " + groupName,
                (ctx, token) -> client.addSppPlacementGroupMember(ctx, groupId, poolId, token));
    }

    public Pending<SppPlacementGroup> removeSppMember(WorkspaceScope scope, String groupId, String groupName,
                                                      String poolId, String poolName) {
        return call(scope, "Remove pool from SPP placement group", poolName + " \u2190 " + groupName,
                (ctx, token) -> client.removeSppPlacementGroupMember(ctx, groupId, poolId, token));
    }

    private <T> Pending<T> call(WorkspaceScope scope, String name, String target,
                                BiFunction<WorkspaceContext, CancellationToken, T> call) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of(name, target + " (" + scope.label() + ")",
                cancellable(token -> call.apply(ctx, token))));
    }

    private Pending<Boolean> run(WorkspaceScope scope, String name, String target,
                                 BiConsumer<WorkspaceContext, CancellationToken> call) {
        return call(scope, name, target, (ctx, token) -> {
            call.accept(ctx, token);
            return Boolean.TRUE;
        });
    }
}
