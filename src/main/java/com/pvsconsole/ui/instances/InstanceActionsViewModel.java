package com.pvsconsole.ui.instances;

import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.BulkResult;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceResult;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.WorkspaceScope;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Instance actions for the current selection: which are enabled (by state), confirmation,
 * running them (bulk with a result per instance), row progress until settled, and the
 * problem banner for failures. Opening the console offers the noVNC URL.
 */
public final class InstanceActionsViewModel implements ActionListener {

    private final ActionService actions;
    private final InventoryService inventory;
    private final InstancesViewModel table;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<InstanceRow> selection = FXCollections.observableArrayList(
            row -> new Observable[] {row.statusProperty(), row.busyProperty()});
    private final Map<InstanceActionKind, BooleanBinding> enabled = new EnumMap<>(InstanceActionKind.class);
    private final BooleanBinding consoleEnabled;
    private final ReadOnlyObjectWrapper<Problem> actionProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper("");

    public InstanceActionsViewModel(ActionService actions, InventoryService inventory, InstancesViewModel table,
                                    DialogService dialogs, Messages messages) {
        this.actions = actions;
        this.inventory = inventory;
        this.table = table;
        this.dialogs = dialogs;
        this.messages = messages;
        for (InstanceActionKind kind : InstanceActionKind.values()) {
            enabled.put(kind, Bindings.createBooleanBinding(() -> allows(kind), selection));
        }
        consoleEnabled = Bindings.createBooleanBinding(() -> selection.size() == 1 && !selection.get(0).isBusy()
                && "ACTIVE".equalsIgnoreCase(selection.get(0).status()), selection);
    }

    private boolean allows(InstanceActionKind kind) {
        if (kind == InstanceActionKind.DELETE && selection.size() != 1) {
            return false;
        }
        return selection.stream().anyMatch(row -> !row.isBusy() && kind.allowedFrom(row.status()));
    }

    /** The view forwards the table's selection here. */
    public void setSelection(List<InstanceRow> rows) {
        selection.setAll(rows);
    }

    public BooleanBinding enabledProperty(InstanceActionKind kind) {
        return enabled.get(kind);
    }

    public BooleanBinding consoleEnabledProperty() {
        return consoleEnabled;
    }

    /** Asks where needed, then acts on every selected instance. */
    public void perform(InstanceActionKind kind) {
        Optional<WorkspaceContext> ctx = inventory.currentContext();
        if (ctx.isEmpty() || !enabled.get(kind).get()) {
            return;
        }
        List<InstanceTarget> targets = selection.stream()
                .map(row -> new InstanceTarget(row.id(), row.name(), row.status())).toList();
        String label = label(kind);
        boolean deleteVolumes = false;
        if (kind == InstanceActionKind.DELETE) {
            Optional<DialogService.DeleteChoice> choice = dialogs.askDelete(messages.get("resource.instance"),
                    targets.get(0).name(), true, WorkspaceScope.current(inventory));
            if (choice.isEmpty()) {
                return;
            }
            deleteVolumes = choice.get().deleteDataVolumes();
        } else if (kind.needsConfirmation() && !dialogs.confirm(ActionConfirmations.forAction(messages, kind,
                targets, WorkspaceScope.current(inventory)))) {
            return;
        }
        actionProblem.set(null);
        lastResult.set(messages.get("action.running", label, targets.size()));
        actions.perform(ctx.get(), kind, targets, deleteVolumes, this);
    }

    public void openConsole() {
        Optional<WorkspaceContext> ctx = inventory.currentContext();
        if (ctx.isEmpty() || !consoleEnabled.get()) {
            return;
        }
        InstanceRow row = selection.get(0);
        actions.openConsole(ctx.get(), new InstanceTarget(row.id(), row.name(), row.status()),
                url -> dialogs.offerUrl(messages.get("console.title", row.name()), url),
                actionProblem::set);
    }

    @Override
    public void instanceBusy(String instanceId, InstanceActionKind kind) {
        table.row(instanceId).ifPresent(row -> row.markBusy(label(kind)));
    }

    @Override
    public void instanceUpdated(PvmInstance instance) {
        table.applyFull(instance);
    }

    @Override
    public void instanceSettled(String instanceId, String status, boolean error) {
        table.row(instanceId).ifPresent(row -> {
            row.settle(status, error);
            if (error) {
                dialogs.notify(messages.get("action.wentToError", row.name()));
            }
        });
    }

    @Override
    public void instanceGone(String instanceId) {
        table.remove(instanceId);
    }

    @Override
    public void actionFinished(BulkResult result) {
        lastResult.set(summary(result));
        result.results().stream().filter(r -> r.outcome() == InstanceResult.Outcome.FAILED).findFirst()
                .ifPresent(failed -> actionProblem.set(withTarget(failed)));
    }

    private Problem withTarget(InstanceResult failed) {
        Problem p = failed.problem();
        return new Problem(p.action() + " " + failed.target().name(), p.status(), p.title(), p.hint(),
                p.serverMessage(), p.operation(), p.retryable());
    }

    private String summary(BulkResult result) {
        String perInstance = result.results().stream()
                .map(r -> r.target().name() + ": " + messages.get("outcome." + r.outcome().name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" · "));
        return label(result.kind()) + " — " + perInstance;
    }

    public void dismissProblem() {
        actionProblem.set(null);
    }

    public ReadOnlyObjectProperty<Problem> actionProblemProperty() {
        return actionProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    String label(InstanceActionKind kind) {
        return messages.get("action." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static String names(List<InstanceTarget> targets) {
        return targets.stream().map(InstanceTarget::name).collect(Collectors.joining(", "));
    }
}
