package com.pvsconsole.ui.instances;

import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.WorkspaceScope;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.instances.change.CaptureViewModel;
import com.pvsconsole.ui.instances.change.ResizeViewModel;
import com.pvsconsole.ui.instances.create.CreateInstanceViewModel;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.service.inventory.InventoryListener;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "New instance…", "Resize…" and "Capture…": when each is allowed (a workspace is open; one
 * selected instance, not busy, in a state that allows it) and the form view-models they open.
 * New and resized instances show their progress in the table like any action.
 */
public final class ProvisioningActionsViewModel {

    private final ProvisioningService service;
    private final InventoryService inventory;
    private final InstancesViewModel table;
    private final InstanceActionsViewModel rowProgress;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<InstanceRow> selection = FXCollections.observableArrayList(
            row -> new Observable[] {row.statusProperty(), row.busyProperty()});
    private final BooleanBinding createEnabled;
    private final ReadOnlyBooleanWrapper noWorkspace = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding resizeEnabled;
    private final BooleanBinding captureEnabled;

    public ProvisioningActionsViewModel(ProvisioningService service, InventoryService inventory,
                                        InstancesViewModel table, InstanceActionsViewModel rowProgress,
                                        DialogService dialogs, Messages messages) {
        this.service = service;
        this.inventory = inventory;
        this.table = table;
        this.rowProgress = rowProgress;
        this.dialogs = dialogs;
        this.messages = messages;
        createEnabled = table.lastRefreshProperty().isNotNull().and(noWorkspace.not());
        // A region without a workspace: say so and keep New instance disabled (it had nowhere to go).
        inventory.addListener(new InventoryListener() {
            @Override
            public void workspacesLoaded(RegionEndpoint endpoint, List<Workspace> workspaces) {
                noWorkspace.set(workspaces.isEmpty());
            }

            @Override
            public void instancesLoaded(Workspace workspace, List<PvmInstanceReference> instances, Instant at) {
                noWorkspace.set(false);
            }
        });
        resizeEnabled = single(InstanceActionKind.RESIZE);
        captureEnabled = single(InstanceActionKind.CAPTURE);
    }

    private BooleanBinding single(InstanceActionKind kind) {
        return Bindings.createBooleanBinding(() -> selection.size() == 1 && !selection.get(0).isBusy()
                && kind.allowedFrom(selection.get(0).status()), selection);
    }

    /** The view forwards the table's selection here. */
    public void setSelection(List<InstanceRow> rows) {
        selection.setAll(rows);
    }

    /** A wizard for the current workspace; empty when no workspace is open. */
    public Optional<CreateInstanceViewModel> newInstance() {
        Optional<WorkspaceContext> ctx = inventory.currentContext();
        if (ctx.isEmpty() || !createEnabled.get()) {
            return Optional.empty();
        }
        String workspace = inventory.currentWorkspace().map(ws -> ws.name()).orElse("");
        return Optional.of(new CreateInstanceViewModel(service, ctx.get(), workspace, rowProgress,
                table::addCreated, messages).actingIn(WorkspaceScope.current(inventory)));
    }

    public Optional<ResizeViewModel> resize() {
        Optional<WorkspaceContext> ctx = inventory.currentContext();
        if (ctx.isEmpty() || !resizeEnabled.get()) {
            return Optional.empty();
        }
        InstanceRow row = selection.get(0);
        return Optional.of(new ResizeViewModel(service, ctx.get(), target(row),
                new ResizeViewModel.Current(row.procTypeProperty().get(), row.processorsProperty().get(),
                        row.memoryGbProperty().get()), rowProgress, dialogs, messages)
                .actingIn(WorkspaceScope.current(inventory)));
    }

    public Optional<CaptureViewModel> capture() {
        Optional<WorkspaceContext> ctx = inventory.currentContext();
        if (ctx.isEmpty() || !captureEnabled.get()) {
            return Optional.empty();
        }
        return Optional.of(new CaptureViewModel(service, ctx.get(), target(selection.get(0)), dialogs, messages));
    }

    private static InstanceTarget target(InstanceRow row) {
        return new InstanceTarget(row.id(), row.name(), row.status());
    }

    /** True when the current region has no workspace (the page says so; New instance is disabled). */
    public ReadOnlyBooleanProperty noWorkspaceProperty() {
        return noWorkspace.getReadOnlyProperty();
    }

    public BooleanBinding createEnabledProperty() {
        return createEnabled;
    }

    public BooleanBinding resizeEnabledProperty() {
        return resizeEnabled;
    }

    public BooleanBinding captureEnabledProperty() {
        return captureEnabled;
    }
}
