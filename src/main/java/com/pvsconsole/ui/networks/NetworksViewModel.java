package com.pvsconsole.ui.networks;

import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkPort;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryStatus;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.resources.NetworkService;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Where;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import com.pvsconsole.ui.search.SearchModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Networks page: the workspace's networks from the store's list, the full record (CIDR,
 * gateway, DNS, IP usage) of the selected network only (cached for a minute), the ports of the selected network with their instances by name,
 * create and delete. UI thread only.
 */
public final class NetworksViewModel implements InventoryListener {

    private final InventoryService inventory;
    private final NetworkService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<NetworkRow> rows = FXCollections.observableArrayList();
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<NetworkRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final SearchModel<NetworkRow> search;
    private final FilteredList<NetworkRow> shownRows;
    private final ObservableList<PortLine> ports = FXCollections.observableArrayList();
    private final ObservableList<PortLine> readOnlyPorts = FXCollections.unmodifiableObservableList(ports);
    private final Map<String, String> instanceNames = new HashMap<>();
    private final ReadOnlyObjectWrapper<NetworkRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PageStatus status = new PageStatus();
    private final BooleanBinding rowSelected;
    private TaskHandle detailsLoad = TaskHandle.none();
    private TaskHandle portsLoad = TaskHandle.none();
    private CreateNetworkForm unsent;
    private WorkspaceScope shown;

    public NetworksViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> scope,
                             NetworkService service, DialogService dialogs, Messages messages) {
        this.inventory = inventory;
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.rowSelected = Bindings.createBooleanBinding(() -> selected.get() != null && rows.contains(selected.get()),
                selected, rows);
        this.search = new SearchModel<>(new SearchLanguage<>(searchScope(), RegionCatalog.loadDefault()));
        this.shownRows = search.filter(rows);
        inventory.addListener(this);
        scope.addListener((obs, old, now) -> showScope(now));
        showScope(scope.get());
    }

    /** The selected network as code (the create that makes it again, with a Terraform import block). */
    public java.util.Optional<com.pvsconsole.service.code.GeneratedCode> copyAsCode() {
        NetworkRow row = selected.get();
        if (row == null || shown == null) {
            return java.util.Optional.empty();
        }
        String dns = row.dnsProperty().get();
        return java.util.Optional.of(com.pvsconsole.ui.code.CopyAsCode.generate(shown,
                new com.pvsconsole.service.code.CodeAction.Existing(new com.pvsconsole.service.code.CodeAction
                        .CreateNetwork(com.pvsconsole.api.model.NetworkCreate.builder().name(row.name())
                        .type(blankToNull(row.typeProperty().get())).cidr(blankToNull(row.cidrProperty().get()))
                        .gateway(blankToNull(row.gatewayProperty().get()))
                        .dnsServers(dns == null || dns.isBlank() ? null : List.of(dns.split("\\s*,\\s*"))).build()),
                        new com.pvsconsole.service.code.CodeAction.Ref(row.id(), row.name()))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Shows the store's networks of {@code scope}; rows of the previous workspace go at once. */
    private void showScope(WorkspaceScope scope) {
        detailsLoad.cancel();
        portsLoad.cancel();
        shown = scope;
        rows.clear();
        ports.clear();
        selected.set(null);
        if (scope != null) {
            renameInstances();
            mergeNetworks(inventory.networks(scope));
        }
        loading.set(scope != null && inventory.isLoading(scope));
    }

    @Override
    public void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
        if (scope.equals(shown)) {
            renameInstances();
        }
    }

    private void renameInstances() {
        instanceNames.clear();
        inventory.instances(shown).forEach(i -> instanceNames.put(i.pvmInstanceID(), i.serverName()));
    }

    @Override
    public void networksChanged(WorkspaceScope scope, Delta<NetworkReference> delta) {
        if (scope.equals(shown)) {
            mergeNetworks(inventory.networks(scope));
            delta.changed().forEach(changed -> service.forget(scope, changed.networkID()));
        }
    }

    /** The list answer only: CIDR, gateway and IP usage come for the selected network (no call per network). */
    private void mergeNetworks(Collection<NetworkReference> networks) {
        Map<String, NetworkRow> byId = rows.stream().collect(Collectors.toMap(NetworkRow::id, row -> row));
        Set<String> present = networks.stream().map(NetworkReference::networkID).collect(Collectors.toSet());
        rows.removeIf(row -> !present.contains(row.id()));
        List<NetworkRow> added = new ArrayList<>();
        for (NetworkReference ref : networks) {
            NetworkRow row = byId.get(ref.networkID());
            if (row == null) {
                row = new NetworkRow(ref.networkID());
                added.add(row);
            }
            row.apply(ref);
        }
        rows.addAll(added);
    }

    @Override
    public void statusChanged(InventoryStatus inventoryStatus) {
        loading.set(shown != null && inventory.isLoading(shown));
    }

    /** The workspace of the rows shown: every action here goes there. */
    private Optional<WorkspaceScope> target() {
        return Optional.ofNullable(shown);
    }

    private void refreshShown() {
        if (shown != null) {
            inventory.refresh(shown);
        }
    }

    private void show(Network network) {
        Optional<NetworkRow> row = rows.stream().filter(r -> r.id().equals(network.networkID())).findFirst();
        NetworkRow target = row.orElseGet(() -> {
            NetworkRow added = new NetworkRow(network.networkID());
            rows.add(added);
            return added;
        });
        target.apply(network);
    }

    /** Selects a network and lists its ports. */
    public void select(NetworkRow row) {
        selected.set(row);
        portsLoad.cancel();
        detailsLoad.cancel();
        ports.clear();
        Optional<WorkspaceScope> where = target();
        if (row != null && where.isPresent()) {
            detailsLoad = service.details(where.get(), row.id(), row.name()).onSuccess(this::show).onFailure(status::failed);
            portsLoad = service.ports(where.get(), row.id(), row.name())
                    .onSuccess(list -> ports.setAll(list.stream().map(this::line).toList())).onFailure(status::failed);
        }
    }

    private PortLine line(NetworkPort port) {
        String instanceId = port.pvmInstance() == null ? "" : port.pvmInstance().path("pvmInstanceID").asText("");
        String instance = instanceId.isEmpty() ? "" : instanceNames.getOrDefault(instanceId, instanceId);
        return new PortLine(Objects.requireNonNullElse(port.ipAddress(), ""),
                Objects.requireNonNullElse(port.macAddress(), ""), instance, Objects.requireNonNullElse(port.status(), ""));
    }

    public void refresh() {
        refreshShown();
    }

    /** A fresh form, or the one whose create failed last. */
    public CreateNetworkForm newCreateForm() {
        if (unsent != null) {
            CreateNetworkForm again = unsent;
            unsent = null;
            return again;
        }
        return new CreateNetworkForm(rows.stream().map(NetworkRow::name).collect(Collectors.toSet()), messages);
    }

    public void create(CreateNetworkForm form) {
        Optional<WorkspaceScope> where = target();
        if (where.isEmpty() || !form.validProperty().get()) {
            return;
        }
        status.started();
        service.create(where.get(), form.request()).onSuccess(network -> {
            show(network);
            status.succeeded(messages.get("network.created", network.name(), Objects.requireNonNullElse(network.cidr(), "")));
            refreshShown();
        }).onFailure(problem -> {
            unsent = form;
            status.failed(problem);
        });
    }

    /** Deletes the selected network once the user typed its name. */
    /** The create form's network as code in the shown workspace; empty while the form is invalid. */
    public Optional<com.pvsconsole.service.code.GeneratedCode> createCode(CreateNetworkForm form) {
        return form.validProperty().get()
                ? code(new com.pvsconsole.service.code.CodeAction.CreateNetwork(form.request())) : Optional.empty();
    }

    private Optional<com.pvsconsole.service.code.GeneratedCode> code(com.pvsconsole.service.code.CodeAction action) {
        WorkspaceScope where = shown;
        return where == null ? Optional.empty()
                : Optional.of(com.pvsconsole.ui.code.CopyAsCode.generate(where, action));
    }

    public void deleteSelected() {
        NetworkRow row = selected.get();
        Optional<WorkspaceScope> where = target();
        if (row == null || where.isEmpty()) {
            return;
        }
        if (dialogs.askDelete(messages.get("resource.network"), row.name(), false,
                Where.of(shown), () -> code(new com.pvsconsole.service.code.CodeAction.DeleteNetwork(
                        new com.pvsconsole.service.code.CodeAction.Ref(row.id(), row.name())))).isEmpty()) {
            return;
        }
        status.started();
        service.delete(where.get(), row.id(), row.name()).onDone(() -> {
            rows.remove(row);
            select(null);
            status.succeeded(messages.get("network.deleted", row.name()));
            refreshShown();
        }).onFailure(status::failed);
    }

    public Optional<NetworkRow> row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public ObservableList<NetworkRow> rows() {
        return readOnlyRows;
    }

    /** The rows the filter box lets through, for the table. */
    public ObservableList<NetworkRow> shownRows() {
        return shownRows;
    }

    public SearchModel<NetworkRow> search() {
        return search;
    }

    /** What the filter box searches: all rows are in the open workspace, so ws: and region: are its. */
    private SearchScope<NetworkRow> searchScope() {
        return SearchScope.<NetworkRow>of("networks")
                .textInFreeText(SearchKey.NAME, NetworkRow::name)
                .textInFreeText(SearchKey.ID, NetworkRow::id)
                .freeTextOnly(row -> row.cidrProperty().get())
                .freeTextOnly(row -> row.gatewayProperty().get())
                .freeTextOnly(row -> row.vlanProperty().get())
                .text(SearchKey.TYPE, row -> row.typeProperty().get())
                .text(SearchKey.WORKSPACE, row -> shown == null ? null : shown.workspaceName())
                .text(SearchKey.REGION, row -> shown == null ? null : shown.region())
                .build();
    }

    public ObservableList<PortLine> ports() {
        return readOnlyPorts;
    }

    public ReadOnlyObjectProperty<NetworkRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanBinding rowSelectedProperty() {
        return rowSelected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public PageStatus status() {
        return status;
    }
}
