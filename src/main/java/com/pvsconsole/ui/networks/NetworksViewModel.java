package com.pvsconsole.ui.networks;

import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkPort;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.resources.NetworkService;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.WorkspaceScope;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import java.time.Instant;
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

/**
 * The Networks page: the workspace's networks (the list, then each full record for CIDR,
 * gateway, DNS and IP usage), the ports of the selected network with their instances by name,
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

    public NetworksViewModel(InventoryService inventory, NetworkService service, DialogService dialogs,
                             Messages messages) {
        this.inventory = inventory;
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.rowSelected = Bindings.createBooleanBinding(() -> selected.get() != null && rows.contains(selected.get()),
                selected, rows);
        inventory.addListener(this);
    }

    @Override
    public void workspacesLoaded(RegionEndpoint endpoint, List<Workspace> workspaces) {
        detailsLoad.cancel();
        portsLoad.cancel();
        rows.clear();
        ports.clear();
        selected.set(null);
    }

    @Override
    public void instancesLoaded(Workspace workspace, List<PvmInstanceReference> instances, Instant at) {
        instanceNames.clear();
        instances.forEach(i -> instanceNames.put(i.pvmInstanceID(), i.serverName()));
    }

    @Override
    public void networksLoaded(Workspace workspace, List<NetworkReference> networks) {
        Map<String, NetworkRow> byId = rows.stream().collect(Collectors.toMap(NetworkRow::id, row -> row));
        Set<String> present = networks.stream().map(NetworkReference::networkID).collect(Collectors.toSet());
        rows.removeIf(row -> !present.contains(row.id()));
        for (NetworkReference ref : networks) {
            NetworkRow row = byId.get(ref.networkID());
            if (row == null) {
                row = new NetworkRow(ref.networkID());
                rows.add(row);
            }
            row.apply(ref);
        }
        loadDetails(workspace.name(), networks.stream().map(NetworkReference::networkID).toList());
    }

    @Override
    public void loadingChanged(boolean busy) {
        loading.set(busy);
    }

    private void loadDetails(String workspaceName, List<String> ids) {
        detailsLoad.cancel();
        inventory.currentContext().ifPresent(ctx -> detailsLoad = service.details(ctx, workspaceName, ids,
                full -> full.forEach(this::show), status::failed));
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
        ports.clear();
        Optional<WorkspaceContext> ctx = inventory.currentContext();
        if (row != null && ctx.isPresent()) {
            portsLoad = service.ports(ctx.get(), row.id(), row.name(),
                    list -> ports.setAll(list.stream().map(this::line).toList()), status::failed);
        }
    }

    private PortLine line(NetworkPort port) {
        String instanceId = port.pvmInstance() == null ? "" : port.pvmInstance().path("pvmInstanceID").asText("");
        String instance = instanceId.isEmpty() ? "" : instanceNames.getOrDefault(instanceId, instanceId);
        return new PortLine(Objects.requireNonNullElse(port.ipAddress(), ""),
                Objects.requireNonNullElse(port.macAddress(), ""), instance, Objects.requireNonNullElse(port.status(), ""));
    }

    public void refresh() {
        inventory.refresh();
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
        Optional<WorkspaceContext> ctx = inventory.currentContext();
        if (ctx.isEmpty() || !form.validProperty().get()) {
            return;
        }
        status.started();
        service.create(ctx.get(), form.request(), network -> {
            show(network);
            status.succeeded(messages.get("network.created", network.name(), Objects.requireNonNullElse(network.cidr(), "")));
            inventory.refresh();
        }, problem -> {
            unsent = form;
            status.failed(problem);
        });
    }

    /** Deletes the selected network once the user typed its name. */
    public void deleteSelected() {
        NetworkRow row = selected.get();
        Optional<WorkspaceContext> ctx = inventory.currentContext();
        if (row == null || ctx.isEmpty()) {
            return;
        }
        if (dialogs.askDelete(messages.get("resource.network"), row.name(), false,
                WorkspaceScope.current(inventory)).isEmpty()) {
            return;
        }
        status.started();
        service.delete(ctx.get(), row.id(), row.name(), () -> {
            rows.remove(row);
            select(null);
            status.succeeded(messages.get("network.deleted", row.name()));
            inventory.refresh();
        }, status::failed);
    }

    public Optional<NetworkRow> row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public ObservableList<NetworkRow> rows() {
        return readOnlyRows;
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
