package com.pvsconsole.ui.instances;

import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Where;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.instances.change.CaptureViewModel;
import com.pvsconsole.ui.instances.change.ConsoleLanguageViewModel;
import com.pvsconsole.ui.instances.change.IbmiLicencesViewModel;
import com.pvsconsole.ui.instances.change.ResizeViewModel;
import com.pvsconsole.ui.instances.create.CreateInstanceViewModel;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
            row -> new Observable[] {row.statusProperty(), row.busyProperty(), row.osProperty()});
    private final BooleanBinding createEnabled;
    private final BooleanProperty noWorkspace = new SimpleBooleanProperty(false);
    private final BooleanBinding resizeEnabled;
    private final BooleanBinding captureEnabled;
    private final BooleanBinding ibmiEnabled;

    /** {@code inventory}: the store the create wizard offers the workspace's pools and placement groups from. */
    public ProvisioningActionsViewModel(ProvisioningService service, InventoryService inventory,
                                        InstancesViewModel table, InstanceActionsViewModel rowProgress,
                                        DialogService dialogs, Messages messages) {
        this.service = service;
        this.inventory = inventory;
        this.table = table;
        this.rowProgress = rowProgress;
        this.dialogs = dialogs;
        this.messages = messages;
        createEnabled = Bindings.createBooleanBinding(() -> table.readyProperty().get() && !noWorkspace.get()
                && !table.isFleet(), table.readyProperty(), noWorkspace);
        resizeEnabled = single(InstanceActionKind.RESIZE);
        captureEnabled = single(InstanceActionKind.CAPTURE);
        ibmiEnabled = Bindings.createBooleanBinding(() -> selection.size() == 1 && !selection.get(0).isBusy()
                && isIbmi(selection.get(0)), selection);
    }

    private static boolean isIbmi(InstanceRow row) {
        String os = row.osProperty().get();
        return os != null && os.toLowerCase(java.util.Locale.ROOT).startsWith("ibmi");
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
        WorkspaceScope scope = table.shownScope();
        if (scope == null || !createEnabled.get()) {
            return Optional.empty();
        }
        return Optional.of(new CreateInstanceViewModel(service, inventory, scope, rowProgress,
                created -> table.addCreated(scope, created), messages).actingIn(Where.of(scope)));
    }

    public Optional<ResizeViewModel> resize() {
        if (!resizeEnabled.get()) {
            return Optional.empty();
        }
        InstanceRow row = selection.get(0);
        return Optional.of(new ResizeViewModel(service, row.scope(), target(row),
                new ResizeViewModel.Current(row.procTypeProperty().get(), row.processorsProperty().get(),
                        row.memoryGbProperty().get(), row.sysTypeProperty().get()), rowProgress, dialogs, messages)
                .actingIn(Where.of(row.scope())));
    }

    public Optional<CaptureViewModel> capture() {
        if (!captureEnabled.get()) {
            return Optional.empty();
        }
        InstanceRow row = selection.get(0);
        return Optional.of(new CaptureViewModel(service, row.scope(), target(row), dialogs, messages));
    }

    /** The IBM i licences form of the one selected IBM i instance. */
    public Optional<IbmiLicencesViewModel> licences() {
        if (!ibmiEnabled.get()) {
            return Optional.empty();
        }
        InstanceRow row = selection.get(0);
        return Optional.of(new IbmiLicencesViewModel(service, row.scope(), target(row), messages));
    }

    /** The console language form of the one selected IBM i instance. */
    public Optional<ConsoleLanguageViewModel> consoleLanguage() {
        if (!ibmiEnabled.get()) {
            return Optional.empty();
        }
        InstanceRow row = selection.get(0);
        return Optional.of(new ConsoleLanguageViewModel(service, row.scope(), target(row)));
    }

    public BooleanBinding ibmiEnabledProperty() {
        return ibmiEnabled;
    }

    private static InstanceTarget target(InstanceRow row) {
        return new InstanceTarget(row.id(), row.name(), row.status());
    }

    /**
     * True when the selected region has no workspace (the page says so; New instance is disabled);
     * the window binds it to the shell's state.
     */
    public BooleanProperty noWorkspaceProperty() {
        return noWorkspace;
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
