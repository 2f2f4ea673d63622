package com.pvsconsole.ui.networks;

import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstanceNetwork;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.inventory.InstanceDetails;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.networks.InstanceInterface;
import com.pvsconsole.service.networks.InstanceNetworks;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.code.CopyAsCode;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Where;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.resources.PageStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The details pane's Networks tab: the server's network interfaces (read through the network-interfaces
 * API of each network it is on), add one of the workspace's networks and remove the selected interface.
 * Both are checked before anything is sent: a network the server is already on is explained next to the
 * field; its last network cannot be removed. After a change the details load again. UI thread only.
 */
public final class InstanceNetworksViewModel {

    private final InstanceNetworks service;
    private final InventoryService inventory;
    private final ObservableValue<InstanceRow> row;
    private final Runnable reloadDetails;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<InstanceInterface> interfaces = FXCollections.observableArrayList();
    private final ObservableList<InstanceInterface> readOnlyInterfaces =
            FXCollections.unmodifiableObservableList(interfaces);
    private final ObjectProperty<InstanceInterface> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<InstanceDetails> details = new SimpleObjectProperty<>();
    private final PageStatus status = new PageStatus();
    private final BooleanBinding canAdd;
    private final BooleanBinding canRemove;
    private TaskHandle loading = TaskHandle.none();
    private AddNetworkForm unsent;

    public InstanceNetworksViewModel(InstanceNetworks service, InventoryService inventory,
                                     ObservableValue<InstanceRow> row, ObservableValue<InstanceDetails> loaded,
                                     Runnable reloadDetails, DialogService dialogs, Messages messages) {
        this.service = service;
        this.inventory = inventory;
        this.row = row;
        this.reloadDetails = reloadDetails;
        this.dialogs = dialogs;
        this.messages = messages;
        canAdd = Bindings.createBooleanBinding(() -> details.get() != null && !status.busyProperty().get(),
                details, status.busyProperty());
        canRemove = Bindings.createBooleanBinding(() -> canAdd.get() && selected.get() != null, canAdd, selected);
        loaded.addListener((obs, old, now) -> show(now));
        show(loaded.getValue());
    }

    /** The pane shows another server (null: none) or fresh details of the same one. */
    void show(InstanceDetails now) {
        InstanceDetails before = details.get();
        if (now == null || before == null
                || !before.instance().pvmInstanceID().equals(now.instance().pvmInstanceID())) {
            status.note("");
            status.dismissProblem();
        }
        details.set(now);
        selected.set(null);
        loading.cancel();
        if (now == null) {
            interfaces.clear();
            return;
        }
        String instanceId = now.instance().pvmInstanceID();
        loading = service.interfaces(scope(), instanceId, now.instance().serverName(), networkNames(now))
                .onSuccess(found -> {
                    if (details.get() == now) {
                        interfaces.setAll(found);
                    }
                })
                .onFailure(status::failed);
    }

    private WorkspaceScope scope() {
        return row.getValue().scope();
    }

    /** The networks the server is on, by id, as its details list them. */
    private static Map<String, String> networkNames(InstanceDetails shown) {
        Map<String, String> names = new LinkedHashMap<>();
        List<PvmInstanceNetwork> nets = shown.instance().networks() == null ? List.of() : shown.instance().networks();
        nets.stream().filter(n -> n.networkID() != null)
                .forEach(n -> names.putIfAbsent(n.networkID(), Objects.requireNonNullElse(n.networkName(), "")));
        return names;
    }

    /** A fresh form for the shown server, or the one the service refused last, as the user left it. */
    public AddNetworkForm newAddForm() {
        InstanceDetails shown = details.get();
        if (shown == null || row.getValue() == null) {
            throw new IllegalStateException("no server is shown");
        }
        if (unsent != null) {
            AddNetworkForm again = unsent;
            unsent = null;
            return again;
        }
        return new AddNetworkForm(inventory.networks(scope()), networkNames(shown).keySet(), messages);
    }

    /** Sends a valid form: reserve an address on the network and attach it; the form is kept on a refusal. */
    public void submit(AddNetworkForm form) {
        InstanceDetails shown = details.get();
        if (shown == null || !form.validProperty().get()) {
            return;
        }
        WorkspaceScope scope = scope();
        String serverName = shown.instance().serverName();
        String networkName = form.networkProperty().get().name();
        status.started();
        service.add(scope, shown.instance().pvmInstanceID(), serverName,
                        form.networkProperty().get().networkID(), networkName, null)
                .onSuccess(added -> {
                    status.succeeded(messages.get("network.add.done", networkName, serverName, added.ipAddress()));
                    inventory.refresh(scope);
                    reloadDetails.run();
                })
                .onFailure(problem -> {
                    unsent = form;
                    status.failed(problem);
                });
    }

    /** Removes the selected interface after a risky confirmation; the server's last network is refused. */
    public void removeSelected() {
        InstanceDetails shown = details.get();
        InstanceInterface nic = selected.get();
        if (shown == null || nic == null) {
            return;
        }
        String serverName = shown.instance().serverName();
        var refusal = InstanceNetworks.removeProblem(networkNames(shown).keySet(), nic.networkId());
        if (refusal.isPresent()) {
            status.note(messages.get(refusal.get().key(), refusal.get().argArray()));
            return;
        }
        WorkspaceScope scope = scope();
        String instanceId = shown.instance().pvmInstanceID();
        if (!dialogs.confirm(Confirmation.risky(messages.get("network.remove.title", nic.networkName(), serverName),
                messages.get("network.remove.consequence", serverName, nic.ipAddress(), nic.networkName()),
                messages.get("network.remove.confirm"), Where.of(scope)).withCode(() -> Optional.of(
                        CopyAsCode.generate(scope, InstanceNetworks.removeAction(instanceId, serverName, nic)))))) {
            return;
        }
        status.started();
        service.remove(scope, nic, serverName)
                .onSuccess(done -> {
                    status.succeeded(messages.get("network.remove.done", nic.networkName(), serverName));
                    inventory.refresh(scope);
                    reloadDetails.run();
                })
                .onFailure(status::failed);
    }

    /** Copy as code for what submitting {@code form} would send now; empty until a network that can be added is chosen. */
    public Optional<GeneratedCode> addCode(AddNetworkForm form) {
        InstanceDetails shown = details.get();
        if (shown == null || row.getValue() == null || !form.validProperty().get()) {
            return Optional.empty();
        }
        NetworkReference network = form.networkProperty().get();
        return Optional.of(CopyAsCode.generate(scope(), InstanceNetworks.addAction(shown.instance().pvmInstanceID(),
                shown.instance().serverName(), network.networkID(), network.name(), null)));
    }

    /** Copy as code for the selected interface as it exists (read it, import it into Terraform); empty: none. */
    public Optional<GeneratedCode> selectedCode() {
        InstanceDetails shown = details.get();
        InstanceInterface nic = selected.get();
        if (shown == null || nic == null || row.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(CopyAsCode.generate(scope(), InstanceNetworks.existing(shown.instance().pvmInstanceID(),
                shown.instance().serverName(), nic)));
    }

    /** The dialog's title for the shown server. */
    public String addTitle() {
        return messages.get("network.add.title", details.get() == null ? "" : details.get().instance().serverName());
    }

    public ObservableList<InstanceInterface> interfaces() {
        return readOnlyInterfaces;
    }

    public ObjectProperty<InstanceInterface> selectedProperty() {
        return selected;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    public PageStatus status() {
        return status;
    }
}
