package com.pvsconsole.ui.pools;

import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SppPlacementGroup;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.PoolsAndGroupsListener;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.pools.PlacementPolicy;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.ExistingObjects;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.pools.PoolService;
import com.pvsconsole.ui.code.CopyAsCode;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.StoreRows;
import com.pvsconsole.ui.common.Where;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Pools and groups page: the shown workspace's shared processor pools, server placement groups and
 * SPP placement groups, as a projection of the inventory store (which lists them while the page is on screen,
 * one call per kind per refresh); create, resize and delete pools; create and delete groups; add and remove
 * members. A change's answer goes into the store through {@link PoolService}, and only the rows it changed are
 * replaced here. Every row carries its workspace and every change goes there. UI thread only.
 */
public final class PoolsViewModel implements PoolsAndGroupsListener {

    private static final List<ResourceKind> KINDS = List.of(ResourceKind.SHARED_PROCESSOR_POOLS,
            ResourceKind.PLACEMENT_GROUPS, ResourceKind.SPP_PLACEMENT_GROUPS);

    private final InventoryService inventory;
    private final PoolService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<PoolRow> pools = FXCollections.observableArrayList();
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<GroupRow> sppGroups = FXCollections.observableArrayList();
    private final ObservableList<PoolRow> readOnlyPools = FXCollections.unmodifiableObservableList(pools);
    private final ObservableList<GroupRow> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<GroupRow> readOnlySppGroups = FXCollections.unmodifiableObservableList(sppGroups);
    private final ReadOnlyObjectWrapper<PoolRow> selectedPool = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GroupRow> selectedGroup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GroupRow> selectedSppGroup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PageStatus status = new PageStatus();
    private final List<ServerChoice> servers = new ArrayList<>();
    private final List<String> hostGroups = new ArrayList<>();
    private List<InventoryService.Need> needs = List.of();
    private boolean pageShown = true;
    private TaskHandle hostGroupsLoad = TaskHandle.none();
    private WorkspaceScope shown;
    private CreatePoolForm unsentPool;
    private ResizePoolForm unsentResize;
    private CreateGroupForm unsentGroup;

    public PoolsViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> scope, PoolService service,
                          DialogService dialogs, Messages messages) {
        this.inventory = inventory;
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        inventory.addListener(this);
        scope.addListener((obs, old, now) -> show(now));
        show(scope.get());
    }

    /**
     * Rows of another workspace go at once; the store's rows of the new one replace them. The same workspace shown
     * again keeps its rows and selection: the store still holds its lists unless a refresh came between.
     */
    private void show(WorkspaceScope scope) {
        if (!Objects.equals(shown, scope)) {
            pools.clear();
            groups.clear();
            sppGroups.clear();
            servers.clear();
            hostGroups.clear();
            selectedPool.set(null);
            selectedGroup.set(null);
            selectedSppGroup.set(null);
            unsentPool = null;
            unsentResize = null;
            unsentGroup = null;
        }
        release();
        shown = scope;
        if (pageShown && scope != null) {
            needs = KINDS.stream().map(kind -> inventory.need(scope, kind)).toList();
            if (hostGroups.isEmpty()) {
                loadHostGroups();
            }
        }
        project();
    }

    /** The page was put on screen or taken off it: the store lists pools and groups only while it is shown. */
    public void setShown(boolean onScreen) {
        if (onScreen == pageShown) {
            return;
        }
        pageShown = onScreen;
        if (onScreen) {
            show(shown);
        } else {
            release();
        }
    }

    private void release() {
        needs.forEach(InventoryService.Need::release);
        needs = List.of();
        hostGroupsLoad.cancel();
    }

    /** Lists the workspace again through the store (one call per kind) and its system types. */
    public void reload() {
        if (shown == null) {
            return;
        }
        inventory.refresh(shown);
        loadHostGroups();
    }

    /** The system types a new pool may use: read once per shown workspace, quietly. */
    private void loadHostGroups() {
        hostGroupsLoad.cancel();
        WorkspaceScope asked = shown;
        hostGroupsLoad = service.hostGroups(asked).onSuccess(types -> {
            if (asked.equals(shown)) {
                hostGroups.clear();
                hostGroups.addAll(types);
            }
        }).onFailure(problem -> {
            if (asked.equals(shown)) {
                status.failed(problem);
            }
        });
    }

    @Override
    public void poolsOrGroupsChanged(WorkspaceScope scope) {
        changed(scope);
    }

    /** Servers are the members of pools and groups: their names and pools come from the store's instances. */
    @Override
    public void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
        changed(scope);
    }

    @Override
    public void workspaceLoaded(WorkspaceScope scope, Instant at) {
        changed(scope);
    }

    @Override
    public void workspaceFailed(WorkspaceScope scope, Problem problem) {
        if (scope.equals(shown) && pageShown) {
            loading.set(false);
            status.failed(problem);
        }
    }

    private void changed(WorkspaceScope scope) {
        if (scope.equals(shown) && pageShown) {
            project();
        }
    }

    /**
     * The rows as the store has them now. Rows are matched by id and only those whose content changed are
     * replaced, so a member added to one group touches that one row. A kind the store is still listing keeps the
     * rows shown (the page shown again after a refresh), so the selection survives the reload by id.
     */
    private void project() {
        WorkspaceScope scope = shown;
        boolean visible = scope != null && pageShown;
        Collection<PvmInstanceReference> instances = visible ? inventory.instances(scope) : List.of();
        Collection<SharedProcessorPool> poolRecords = visible ? inventory.sharedProcessorPools(scope) : List.of();
        Collection<PlacementGroup> groupRecords = visible ? inventory.placementGroups(scope) : List.of();
        Collection<SppPlacementGroup> sppRecords = visible ? inventory.sppPlacementGroups(scope) : List.of();
        Map<String, String> serverNames = new HashMap<>();
        Map<String, List<String>> poolMembers = new HashMap<>();
        for (PvmInstanceReference server : instances) {
            serverNames.put(server.pvmInstanceID(), server.serverName());
            if (server.sharedProcessorPoolID() != null && !server.sharedProcessorPoolID().isEmpty()) {
                poolMembers.computeIfAbsent(server.sharedProcessorPoolID(), id -> new ArrayList<>()).add(server.serverName());
            }
        }
        Map<String, String> poolNames = poolRecords.stream()
                .collect(Collectors.toMap(SharedProcessorPool::id, p -> Objects.requireNonNullElse(p.name(), ""),
                        (a, b) -> a));
        String pool = selectedPool.get() == null ? null : selectedPool.get().id();
        String group = selectedGroup.get() == null ? null : selectedGroup.get().id();
        String sppGroup = selectedSppGroup.get() == null ? null : selectedSppGroup.get().id();
        if (!visible || inventory.isLoaded(scope, ResourceKind.SHARED_PROCESSOR_POOLS)) {
            StoreRows.sync(pools, poolRecords.stream().map(p -> new PoolRow(scope, p,
                    poolMembers.getOrDefault(p.id(), List.of()), sppGroupsOf(p, sppRecords))).toList(), PoolRow::id);
        }
        if (!visible || inventory.isLoaded(scope, ResourceKind.PLACEMENT_GROUPS)) {
            StoreRows.sync(groups, groupRecords.stream().map(g -> groupRow(scope, g, serverNames)).toList(), GroupRow::id);
        }
        if (!visible || inventory.isLoaded(scope, ResourceKind.SPP_PLACEMENT_GROUPS)) {
            StoreRows.sync(sppGroups, sppRecords.stream().map(g -> sppGroupRow(scope, g, poolNames)).toList(),
                    GroupRow::id);
        }
        Map<String, String> groupOf = new HashMap<>();
        groups.forEach(g -> g.memberIds().forEach(id -> groupOf.put(id, g.name())));
        servers.clear();
        instances.forEach(s -> servers.add(new ServerChoice(s.pvmInstanceID(), s.serverName(),
                Objects.requireNonNullElse(s.status(), ""), groupOf.getOrDefault(s.pvmInstanceID(), ""))));
        // The tables may clear their selection when a row is replaced: it follows the rows by id.
        restore(selectedPool, pools, PoolRow::id, pool);
        restore(selectedGroup, groups, GroupRow::id, group);
        restore(selectedSppGroup, sppGroups, GroupRow::id, sppGroup);
        loading.set(visible && KINDS.stream().anyMatch(kind -> !inventory.isLoaded(scope, kind))
                && status.problemProperty().get() == null);
    }

    /** The SPP placement groups listing the pool (by id or by name: the service lists either), by name. */
    private static List<String> sppGroupsOf(SharedProcessorPool pool, Collection<SppPlacementGroup> sppRecords) {
        return sppRecords.stream().filter(g -> g.memberSharedProcessorPools() != null
                        && (g.memberSharedProcessorPools().contains(pool.id())
                        || g.memberSharedProcessorPools().contains(pool.name())))
                .map(SppPlacementGroup::name).toList();
    }

    private static GroupRow groupRow(WorkspaceScope scope, PlacementGroup group, Map<String, String> serverNames) {
        return GroupRow.of(scope, GroupRow.Kind.SERVERS, group.id(), group.name(), group.policy(), group.members(),
                serverNames);
    }

    private static GroupRow sppGroupRow(WorkspaceScope scope, SppPlacementGroup group, Map<String, String> poolNames) {
        return GroupRow.of(scope, GroupRow.Kind.POOLS, group.id(), group.name(), group.policy(),
                group.memberSharedProcessorPools(), poolNames);
    }

    public void selectPool(PoolRow row) {
        selectedPool.set(row);
    }

    public void selectGroup(GroupRow row) {
        selectedGroup.set(row);
    }

    public void selectSppGroup(GroupRow row) {
        selectedSppGroup.set(row);
    }

    // Shared processor pools

    /** A fresh form, or the one whose create the service refused last, so nothing typed is lost. */
    public CreatePoolForm newPoolForm() {
        if (unsentPool != null) {
            CreatePoolForm again = unsentPool;
            unsentPool = null;
            return again;
        }
        return new CreatePoolForm(names(pools, PoolRow::name), hostGroups, messages);
    }

    public void createPool(CreatePoolForm form) {
        WorkspaceScope scope = shown;
        if (scope == null || !form.validProperty().get()) {
            return;
        }
        status.started();
        // The store has the new pool when this runs; while it is configuring the store polls the workspace.
        service.createPool(scope, form.action()).onSuccess(pool ->
                status.succeeded(messages.get("pools.created", pool.name(), pool.reservedCores(), pool.hostGroup()))
        ).onFailure(problem -> {
            unsentPool = form;
            status.failed(problem);
        });
    }

    /** The form for the selected pool, or the one whose resize was refused last (for the same pool). */
    public Optional<ResizePoolForm> newResizeForm() {
        PoolRow row = selectedPool.get();
        if (row == null) {
            return Optional.empty();
        }
        if (unsentResize != null && unsentResize.pool().id().equals(row.id())) {
            ResizePoolForm again = unsentResize;
            unsentResize = null;
            return Optional.of(again);
        }
        return Optional.of(new ResizePoolForm(row, messages));
    }

    public void resizePool(ResizePoolForm form) {
        PoolRow row = form.pool();
        if (!form.validProperty().get()) {
            return;
        }
        status.started();
        service.resizePool(row.scope(), PoolService.resize(row.ref(), form.wanted())).onSuccess(pool ->
                status.succeeded(messages.get("pools.resized", pool.name(), pool.reservedCores()))
        ).onFailure(problem -> {
            unsentResize = form;
            status.failed(problem);
        });
    }

    /** What the create form would send now, as code; empty while the form is not valid or no workspace is shown. */
    public Optional<GeneratedCode> createPoolCode(CreatePoolForm form) {
        WorkspaceScope scope = shown;
        return scope == null || !form.validProperty().get() ? Optional.empty()
                : Optional.of(CopyAsCode.generate(scope, form.action()));
    }

    /** What the resize form would send now, in the pool's own workspace; empty while the form is not valid. */
    public Optional<GeneratedCode> resizePoolCode(ResizePoolForm form) {
        PoolRow row = form.pool();
        return !form.validProperty().get() ? Optional.empty()
                : Optional.of(CopyAsCode.generate(row.scope(), PoolService.resize(row.ref(), form.wanted())));
    }

    /** The selected pool as it exists (Terraform with an import block); empty when none is selected. */
    public Optional<GeneratedCode> selectedPoolCode() {
        return Optional.ofNullable(selectedPool.get())
                .map(row -> CopyAsCode.generate(row.scope(), ExistingObjects.pool(row.pool())));
    }

    /** Deletes the selected pool once the user typed its name; a pool with servers cannot go. */
    public void deleteSelectedPool() {
        PoolRow row = selectedPool.get();
        if (row == null) {
            return;
        }
        if (!row.members().isEmpty()) {
            status.note(messages.get("pools.deleteHasMembers", row.name(), row.memberNames()));
            return;
        }
        CodeAction.DeletePool action = new CodeAction.DeletePool(row.ref());
        if (dialogs.askDelete(messages.get("pools.resource.pool"), row.name(), false, Where.of(row.scope()),
                () -> Optional.of(CopyAsCode.generate(row.scope(), action))).isEmpty()) {
            return;
        }
        status.started();
        service.deletePool(row.scope(), action).onDone(() -> {
            selectedPool.set(null);
            status.succeeded(messages.get("pools.deleted", row.name()));
        }).onFailure(status::failed);
    }

    // Placement groups (server and SPP)

    public CreateGroupForm newGroupForm(GroupRow.Kind kind) {
        if (unsentGroup != null && unsentGroup.kind() == kind) {
            CreateGroupForm again = unsentGroup;
            unsentGroup = null;
            return again;
        }
        return new CreateGroupForm(kind, names(kind == GroupRow.Kind.SERVERS ? groups : sppGroups, GroupRow::name),
                messages);
    }

    public void createGroup(CreateGroupForm form) {
        WorkspaceScope scope = shown;
        if (scope == null || !form.validProperty().get()) {
            return;
        }
        status.started();
        if (form.kind() == GroupRow.Kind.SERVERS) {
            service.createGroup(scope, PoolService.group(form.trimmedName(), form.policyProperty().get()))
                    .onSuccess(group -> groupCreated(group.name(), group.policy()))
                    .onFailure(problem -> groupRefused(form, problem));
        } else {
            service.createSppGroup(scope, PoolService.sppGroup(form.trimmedName(), form.policyProperty().get()))
                    .onSuccess(group -> groupCreated(group.name(), group.policy()))
                    .onFailure(problem -> groupRefused(form, problem));
        }
    }

    /** What the create form (server or SPP group) would send now, as code; empty while it is not valid. */
    public Optional<GeneratedCode> createGroupCode(CreateGroupForm form) {
        WorkspaceScope scope = shown;
        if (scope == null || !form.validProperty().get()) {
            return Optional.empty();
        }
        String name = form.trimmedName();
        PlacementPolicy policy = form.policyProperty().get();
        return Optional.of(CopyAsCode.generate(scope, form.kind() == GroupRow.Kind.SERVERS
                ? PoolService.group(name, policy) : PoolService.sppGroup(name, policy)));
    }

    /** The selected SPP placement group as it exists (Terraform with an import block); empty when none. */
    public Optional<GeneratedCode> selectedSppGroupCode() {
        return Optional.ofNullable(selectedSppGroup.get()).map(row -> CopyAsCode.generate(row.scope(),
                ExistingObjects.sppPlacementGroup(inventory.sppPlacementGroups(row.scope()).stream()
                        .filter(g -> row.id().equals(g.id())).findFirst().orElseGet(() -> new SppPlacementGroup(
                                null, row.id(), row.memberIds(), row.name(), row.policy().wire(), null)))));
    }

    private static CodeAction.SppPlacementGroupMember sppMember(GroupRow row, PoolRow pool, boolean add) {
        return new CodeAction.SppPlacementGroupMember(row.ref(), pool.ref(), add);
    }

    /** The selected server placement group as it exists (Terraform with an import block); empty when none. */
    public Optional<GeneratedCode> selectedGroupCode() {
        // The store's own record, so its tags are written too; the row's fields if it went meanwhile.
        return Optional.ofNullable(selectedGroup.get()).map(row -> CopyAsCode.generate(row.scope(),
                ExistingObjects.placementGroup(inventory.placementGroups(row.scope()).stream()
                        .filter(g -> row.id().equals(g.id())).findFirst().orElseGet(() -> new PlacementGroup(null,
                                row.id(), row.memberIds(), row.name(), row.policy().wire(), null)))));
    }

    private CodeAction.PlacementGroupMember member(GroupRow row, ServerChoice server, boolean add) {
        return new CodeAction.PlacementGroupMember(row.ref(), new CodeAction.Ref(server.id(), server.name()), add);
    }

    private void groupCreated(String name, String policy) {
        status.succeeded(messages.get("pools.groupCreated", name, policyLabel(PlacementPolicy.fromWire(policy))));
    }

    private void groupRefused(CreateGroupForm form, Problem problem) {
        unsentGroup = form;
        status.failed(problem);
    }

    public String policyLabel(GroupRow row) {
        return policyLabel(row.policy());
    }

    private String policyLabel(PlacementPolicy policy) {
        return policy == PlacementPolicy.AFFINITY ? messages.get("pools.policy.affinity")
                : messages.get("pools.policy.antiAffinity");
    }

    /** Deletes the selected group (server or SPP) once the user typed its name; members stay where they run. */
    public void deleteSelectedGroup(GroupRow.Kind kind) {
        GroupRow row = kind == GroupRow.Kind.SERVERS ? selectedGroup.get() : selectedSppGroup.get();
        if (row == null) {
            return;
        }
        String resource = messages.get(kind == GroupRow.Kind.SERVERS ? "pools.resource.group" : "pools.resource.sppGroup");
        CodeAction delete = kind == GroupRow.Kind.SERVERS ? new CodeAction.DeletePlacementGroup(row.ref())
                : new CodeAction.DeleteSppPlacementGroup(row.ref());
        if (dialogs.askDelete(resource, row.name(), false, Where.of(row.scope()),
                () -> Optional.of(CopyAsCode.generate(row.scope(), delete))).isEmpty()) {
            return;
        }
        status.started();
        Runnable done = () -> {
            (kind == GroupRow.Kind.SERVERS ? selectedGroup : selectedSppGroup).set(null);
            status.succeeded(messages.get("pools.groupDeleted", row.name()));
        };
        // The one action shown as code is the one sent.
        if (delete instanceof CodeAction.DeletePlacementGroup servers) {
            service.deleteGroup(row.scope(), servers).onDone(done).onFailure(status::failed);
        } else if (delete instanceof CodeAction.DeleteSppPlacementGroup pools) {
            service.deleteSppGroup(row.scope(), pools).onDone(done).onFailure(status::failed);
        }
    }

    /**
     * Adds a server of the group's own workspace, picked by the user. A server already in another group
     * is explained instead of sent: a server is in at most one placement group.
     */
    public void addServerToSelectedGroup() {
        GroupRow row = selectedGroup.get();
        if (row == null) {
            return;
        }
        List<ServerChoice> choices = servers.stream().filter(s -> !row.memberIds().contains(s.id())).toList();
        if (choices.isEmpty()) {
            status.note(messages.get("pools.noServers", row.name()));
            return;
        }
        dialogs.choose(messages.get("pools.addServerTitle", row.name()), messages.get("pools.addServerPrompt"),
                        choices, this::serverLabel, messages.get("pools.add"),
                        server -> server.inAGroup() ? Optional.empty()
                                : Optional.of(CopyAsCode.generate(row.scope(), member(row, server, true))))
                .ifPresent(server -> addServer(row, server));
    }

    String serverLabel(ServerChoice server) {
        return server.inAGroup() ? messages.get("pools.serverInGroup", server.name(), server.status(), server.group())
                : messages.get("pools.serverLabel", server.name(), server.status());
    }

    void addServer(GroupRow row, ServerChoice server) {
        if (server.inAGroup()) {
            status.note(messages.get("pools.alreadyInGroup", server.name(), server.group()));
            return;
        }
        status.started();
        service.changeMember(row.scope(), member(row, server, true)).onSuccess(group ->
                status.succeeded(messages.get("pools.memberAdded", server.name(), row.name()))
        ).onFailure(status::failed);
    }

    /** Removes a member the user picks (the only one without asking which), after a risky confirmation. */
    public void removeServerFromSelectedGroup() {
        GroupRow row = selectedGroup.get();
        if (row == null) {
            return;
        }
        if (row.memberIds().isEmpty()) {
            status.note(messages.get("pools.noMembers", row.name()));
            return;
        }
        List<ServerChoice> members = new ArrayList<>();
        for (int i = 0; i < row.memberIds().size(); i++) {
            members.add(new ServerChoice(row.memberIds().get(i), row.memberNames().get(i), "", row.name()));
        }
        Optional<ServerChoice> which = members.size() == 1 ? Optional.of(members.get(0))
                : dialogs.choose(messages.get("pools.removeServerTitle", row.name()), messages.get("pools.removeServerPrompt"),
                        members, ServerChoice::name, messages.get("pools.remove"),
                        server -> Optional.of(CopyAsCode.generate(row.scope(), member(row, server, false))));
        which.filter(server -> dialogs.confirm(Confirmation.risky(messages.get("pools.removeServerTitle", row.name()),
                        messages.get("pools.removeConfirm", server.name(), row.name(), policyLabel(row)),
                        messages.get("pools.remove"), Where.of(row.scope()))
                        .withCode(() -> Optional.of(CopyAsCode.generate(row.scope(), member(row, server, false))))))
                .ifPresent(server -> {
                    status.started();
                    service.changeMember(row.scope(), member(row, server, false))
                            .onSuccess(group -> status.succeeded(messages.get("pools.memberRemoved", server.name(),
                                    row.name())))
                            .onFailure(status::failed);
                });
    }

    /** Adds a pool of the same workspace to the selected SPP placement group. */
    public void addPoolToSelectedSppGroup() {
        GroupRow row = selectedSppGroup.get();
        if (row == null) {
            return;
        }
        List<PoolRow> choices = pools.stream().filter(p -> !row.memberIds().contains(p.id())).toList();
        if (choices.isEmpty()) {
            status.note(messages.get("pools.noPools", row.name()));
            return;
        }
        dialogs.choose(messages.get("pools.addPoolTitle", row.name()), messages.get("pools.addPoolPrompt"), choices,
                        PoolRow::name, messages.get("pools.add"),
                        pool -> Optional.of(CopyAsCode.generate(row.scope(), sppMember(row, pool, true))))
                .ifPresent(pool -> {
                    status.started();
                    service.changeSppMember(row.scope(), sppMember(row, pool, true))
                            .onSuccess(group -> status.succeeded(messages.get("pools.memberAdded", pool.name(),
                                    row.name())))
                            .onFailure(status::failed);
                });
    }

    public void removePoolFromSelectedSppGroup() {
        GroupRow row = selectedSppGroup.get();
        if (row == null) {
            return;
        }
        if (row.memberIds().isEmpty()) {
            status.note(messages.get("pools.noMembers", row.name()));
            return;
        }
        List<PoolRow> members = pools.stream().filter(p -> row.memberIds().contains(p.id())).toList();
        Optional<PoolRow> which = members.size() == 1 ? Optional.of(members.get(0))
                : dialogs.choose(messages.get("pools.removePoolTitle", row.name()), messages.get("pools.removeServerPrompt"),
                        members, PoolRow::name, messages.get("pools.remove"),
                        pool -> Optional.of(CopyAsCode.generate(row.scope(), sppMember(row, pool, false))));
        // A confirmation as for a server, so the change can be seen as code before it is sent even when the
        // group's one pool is removed without a choice.
        which.filter(pool -> dialogs.confirm(Confirmation.risky(messages.get("pools.removePoolTitle", row.name()),
                        messages.get("pools.removePoolConfirm", pool.name(), row.name(), policyLabel(row)),
                        messages.get("pools.remove"), Where.of(row.scope()))
                        .withCode(() -> Optional.of(CopyAsCode.generate(row.scope(), sppMember(row, pool, false))))))
                .ifPresent(pool -> {
                    status.started();
                    service.changeSppMember(row.scope(), sppMember(row, pool, false))
                            .onSuccess(group -> status.succeeded(messages.get("pools.memberRemoved", pool.name(),
                                    row.name())))
                            .onFailure(status::failed);
                });
    }

    private static <T> Set<String> names(List<T> rows, Function<T, String> name) {
        return rows.stream().map(name).collect(Collectors.toSet());
    }

    private static <T> void restore(ReadOnlyObjectWrapper<T> selected, List<T> rows, Function<T, String> id, String wanted) {
        if (wanted != null) {
            selected.set(rows.stream().filter(r -> id.apply(r).equals(wanted)).findFirst().orElse(null));
        }
    }

    public Optional<PoolRow> pool(String name) {
        return pools.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<GroupRow> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public Optional<GroupRow> sppGroup(String name) {
        return sppGroups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public List<ServerChoice> servers() {
        return List.copyOf(servers);
    }

    public ObservableList<PoolRow> pools() {
        return readOnlyPools;
    }

    public ObservableList<GroupRow> groups() {
        return readOnlyGroups;
    }

    public ObservableList<GroupRow> sppGroups() {
        return readOnlySppGroups;
    }

    public ReadOnlyObjectProperty<PoolRow> selectedPoolProperty() {
        return selectedPool.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GroupRow> selectedGroupProperty() {
        return selectedGroup.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GroupRow> selectedSppGroupProperty() {
        return selectedSppGroup.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public PageStatus status() {
        return status;
    }
}
