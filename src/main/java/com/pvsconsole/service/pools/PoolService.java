package com.pvsconsole.service.pools;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolUpdate;
import com.pvsconsole.api.model.SppPlacementGroup;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Changes to the shared processor pools, server placement groups and SPP placement groups of a workspace, each a
 * recorded task so Activity lists it. The lists themselves live in the {@link InventoryService} store (kinds
 * {@code SHARED_PROCESSOR_POOLS}, {@code PLACEMENT_GROUPS}, {@code SPP_PLACEMENT_GROUPS}, listed while a view needs
 * them); every answer of a change goes into the store, merged by id, before the caller hears of it, so each view
 * showing the workspace has it at once. A new pool stays "configuring" until the service has placed it: the store
 * follows it as a transition. Each call goes to the workspace it is given, the one of the row the user acted on.
 * UI thread only.
 */
public final class PoolService {

    /** A new pool is "configuring" until the service has placed it on a host. */
    private static final String CONFIGURING = "configuring";

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final InventoryService inventory;

    public PoolService(PowerVsClient client, TaskExecutor executor, InventoryService inventory) {
        this.client = client;
        this.executor = executor;
        this.inventory = inventory;
    }

    /** Whether the service is still setting the pool up (the store polls the workspace while it is). */
    public static boolean isConfiguring(SharedProcessorPool pool) {
        return CONFIGURING.equalsIgnoreCase(pool.status());
    }

    /** The system types of {@code scope} a new pool may use (its host group), sorted; quiet unless it fails. */
    public Pending<List<String>> hostGroups(WorkspaceScope scope) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load system pools", scope.workspaceName(),
                cancellable(token -> new TreeSet<>(client.listSystemPools(ctx, token).keySet()).stream().toList())).quiet());
    }

    /** Sends the action's own request body, so Copy as code shows exactly what goes. */
    public Pending<SharedProcessorPool> createPool(WorkspaceScope scope, CodeAction.CreatePool action) {
        return call(scope, "Create shared processor pool", action.request().name(),
                (ctx, token) -> client.createSharedProcessorPool(ctx, action.request(), token))
                .map(pool -> recorded(pool, p -> inventory.recordSharedProcessorPool(scope, p)));
    }

    /** The resize of {@code pool} to {@code cores} whole reserved cores: what {@link #resizePool} sends. */
    public static CodeAction.ResizePool resize(CodeAction.Ref pool, long cores) {
        return new CodeAction.ResizePool(pool, SharedProcessorPoolUpdate.reservedCores(cores));
    }

    /** Sets the pool's reserved cores; the service refuses a reserve below what its instances use. */
    public Pending<SharedProcessorPool> resizePool(WorkspaceScope scope, CodeAction.ResizePool action) {
        return call(scope, "Resize shared processor pool", action.pool().nameOrId(),
                (ctx, token) -> client.updateSharedProcessorPool(ctx, action.pool().id(), action.request(), token))
                .map(pool -> recorded(pool, p -> inventory.recordSharedProcessorPool(scope, p)));
    }

    public Pending<Boolean> deletePool(WorkspaceScope scope, CodeAction.DeletePool action) {
        String poolId = action.pool().id();
        return run(scope, "Delete shared processor pool", action.pool().nameOrId(),
                (ctx, token) -> client.deleteSharedProcessorPool(ctx, poolId, token))
                .map(done -> recorded(done, d -> inventory.forgetSharedProcessorPool(scope, poolId)));
    }

    /** The create of a server placement group: what {@link #createGroup} sends. */
    public static CodeAction.CreatePlacementGroup group(String name, PlacementPolicy policy) {
        return new CodeAction.CreatePlacementGroup(PlacementGroupCreate.builder().name(name).policy(policy.wire())
                .build());
    }

    public Pending<PlacementGroup> createGroup(WorkspaceScope scope, CodeAction.CreatePlacementGroup action) {
        return call(scope, "Create placement group", action.request().name(),
                (ctx, token) -> client.createPlacementGroup(ctx, action.request(), token))
                .map(group -> recorded(group, g -> inventory.recordPlacementGroup(scope, g)));
    }

    public Pending<Boolean> deleteGroup(WorkspaceScope scope, CodeAction.DeletePlacementGroup action) {
        String groupId = action.group().id();
        return run(scope, "Delete placement group", action.group().nameOrId(),
                (ctx, token) -> client.deletePlacementGroup(ctx, groupId, token))
                .map(done -> recorded(done, d -> inventory.forgetPlacementGroup(scope, groupId)));
    }

    /**
     * Adds or removes a server ({@link CodeAction.PlacementGroupMember#add()}); the client sends the action's
     * {@code {"id": server}} body.
     */
    public Pending<PlacementGroup> changeMember(WorkspaceScope scope, CodeAction.PlacementGroupMember action) {
        String groupId = action.group().id();
        String serverId = action.body().id();
        String target = action.server().nameOrId() + (action.add() ? " \u2192 " : " \u2190 ")
                + action.group().nameOrId();
        return call(scope, action.add() ? "Add to placement group" : "Remove from placement group", target,
                (ctx, token) -> action.add() ? client.addPlacementGroupMember(ctx, groupId, serverId, token)
                        : client.removePlacementGroupMember(ctx, groupId, serverId, token))
                .map(group -> recorded(group, g -> inventory.recordPlacementGroup(scope, g)));
    }

    /** The create of an SPP placement group: what {@link #createSppGroup} sends. */
    public static CodeAction.CreateSppPlacementGroup sppGroup(String name, PlacementPolicy policy) {
        return new CodeAction.CreateSppPlacementGroup(SppPlacementGroupCreate.builder().name(name)
                .policy(policy.wire()).build());
    }

    public Pending<SppPlacementGroup> createSppGroup(WorkspaceScope scope, CodeAction.CreateSppPlacementGroup action) {
        return call(scope, "Create SPP placement group", action.request().name(),
                (ctx, token) -> client.createSppPlacementGroup(ctx, action.request(), token))
                .map(group -> recorded(group, g -> inventory.recordSppPlacementGroup(scope, g)));
    }

    public Pending<Boolean> deleteSppGroup(WorkspaceScope scope, CodeAction.DeleteSppPlacementGroup action) {
        String groupId = action.group().id();
        return run(scope, "Delete SPP placement group", action.group().nameOrId(),
                (ctx, token) -> client.deleteSppPlacementGroup(ctx, groupId, token))
                .map(done -> recorded(done, d -> inventory.forgetSppPlacementGroup(scope, groupId)));
    }

    /** Adds or removes a pool ({@link CodeAction.SppPlacementGroupMember#add()}); both ids go in the path. */
    public Pending<SppPlacementGroup> changeSppMember(WorkspaceScope scope, CodeAction.SppPlacementGroupMember action) {
        String groupId = action.group().id();
        String poolId = action.pool().id();
        String target = action.pool().nameOrId() + (action.add() ? " \u2192 " : " \u2190 ")
                + action.group().nameOrId();
        return call(scope, action.add() ? "Add pool to SPP placement group" : "Remove pool from SPP placement group",
                target, (ctx, token) -> action.add() ? client.addSppPlacementGroupMember(ctx, groupId, poolId, token)
                        : client.removeSppPlacementGroupMember(ctx, groupId, poolId, token))
                .map(group -> recorded(group, g -> inventory.recordSppPlacementGroup(scope, g)));
    }

    /** Puts an answer into the store (on the UI thread, where results arrive) and hands it on. */
    private static <T> T recorded(T value, Consumer<T> intoStore) {
        intoStore.accept(value);
        return value;
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
