package com.pvsconsole.ui.instances;

import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.BulkResult;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceResult;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Where;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final InstanceRows table;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<InstanceRow> selection = FXCollections.observableArrayList(
            row -> new Observable[] {row.statusProperty(), row.busyProperty()});
    private final Map<InstanceActionKind, BooleanBinding> enabled = new EnumMap<>(InstanceActionKind.class);
    private final BooleanBinding consoleEnabled;
    private final ReadOnlyObjectWrapper<Problem> actionProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper("");
    private final List<InstanceResult> collected = new ArrayList<>();
    private int groupsLeft;
    /** The last action's summary once every workspace answered; null while it runs. */
    private BulkResult finished;
    /**
     * How the last action's accepted servers ended, by id, as the summary says it in place of
     * "accepted" (which it said for good before): settled in a status, deleted, or no longer followed.
     */
    private final Map<String, String> ended = new HashMap<>();
    /**
     * The workspace of each server of the last action, by id (also: which servers it acted on). The
     * line names it, since it stays on screen after the user switches workspace (it read as if a
     * server of the new one had been stopped).
     */
    private final Map<String, String> workspaceOf = new HashMap<>();

    public InstanceActionsViewModel(ActionService actions, InstanceRows table, DialogService dialogs,
                                    Messages messages) {
        this.actions = actions;
        this.table = table;
        this.dialogs = dialogs;
        this.messages = messages;
        for (InstanceActionKind kind : InstanceActionKind.values()) {
            enabled.put(kind, Bindings.createBooleanBinding(() -> allows(kind), selection, table.readyProperty()));
        }
        consoleEnabled = Bindings.createBooleanBinding(() -> table.readyProperty().get() && selection.size() == 1
                && !selection.get(0).isBusy() && "ACTIVE".equalsIgnoreCase(selection.get(0).status()),
                selection, table.readyProperty());
    }

    /** Nothing is enabled until the rows of the selected workspace are there (no acting on stale rows). */
    private boolean allows(InstanceActionKind kind) {
        if (!table.readyProperty().get()) {
            return false;
        }
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

    /**
     * Asks where needed, then acts on every selected instance. Each request goes to the
     * workspace the row came from (its scope), never to whatever workspace is selected by the
     * time the user confirms; the confirmation names those workspaces and regions.
     */
    public void perform(InstanceActionKind kind) {
        if (!enabled.get(kind).get()) {
            return;
        }
        Map<WorkspaceScope, List<InstanceTarget>> byScope = new LinkedHashMap<>();
        for (InstanceRow row : selection) {
            byScope.computeIfAbsent(row.scope(), scope -> new ArrayList<>())
                    .add(new InstanceTarget(row.id(), row.name(), row.status()));
        }
        List<InstanceTarget> targets = byScope.values().stream().flatMap(List::stream).toList();
        String label = label(kind);
        boolean deleteVolumes = false;
        if (kind == InstanceActionKind.DELETE) {
            Optional<DialogService.DeleteChoice> choice = dialogs.askDelete(messages.get("resource.instance"),
                    targets.get(0).name(), true, Where.of(byScope.keySet()), () -> deleteAsCode(byScope));
            if (choice.isEmpty()) {
                return;
            }
            deleteVolumes = choice.get().deleteDataVolumes();
        } else if (kind.needsConfirmation() && !dialogs.confirm(ActionConfirmations.forAction(messages, kind,
                targets, Where.of(byScope.keySet())).withCode(() -> copyAsCode(kind, byScope)))) {
            return;
        }
        actionProblem.set(null);
        lastResult.set(messages.get("action.running", label, targets.size()));
        collected.clear();
        finished = null;
        ended.clear();
        workspaceOf.clear();
        byScope.forEach((scope, group) -> group.forEach(target -> workspaceOf.put(target.id(), scope.workspaceName())));
        groupsLeft = byScope.size();
        boolean withVolumes = deleteVolumes;
        byScope.forEach((scope, group) -> actions.perform(scope, kind, group, withVolumes, this));
    }

    /** What {@code kind} sends for each selected server, in each server's own workspace. */
    private static Optional<com.pvsconsole.service.code.GeneratedCode> copyAsCode(InstanceActionKind kind,
            Map<WorkspaceScope, List<InstanceTarget>> byScope) {
        return kind.apiAction().map(action -> com.pvsconsole.ui.code.CopyAsCode.joined(byScope.entrySet().stream()
                .flatMap(group -> group.getValue().stream().map(t -> com.pvsconsole.ui.code.CopyAsCode.generate(
                        group.getKey(), new com.pvsconsole.service.code.CodeAction.InstancePower(
                                new com.pvsconsole.service.code.CodeAction.Ref(t.id(), t.name()), action))))
                .toList()));
    }

    /**
     * The delete as sent with the dialog's default, data volumes kept (ticking "delete data
     * volumes" adds {@code delete_data_volumes=true} to the same call).
     */
    private static Optional<com.pvsconsole.service.code.GeneratedCode> deleteAsCode(
            Map<WorkspaceScope, List<InstanceTarget>> byScope) {
        return Optional.of(com.pvsconsole.ui.code.CopyAsCode.joined(byScope.entrySet().stream()
                .flatMap(group -> group.getValue().stream().map(t -> com.pvsconsole.ui.code.CopyAsCode.generate(
                        group.getKey(), new com.pvsconsole.service.code.CodeAction.DeleteInstance(
                                new com.pvsconsole.service.code.CodeAction.Ref(t.id(), t.name()), false))))
                .toList()));
    }

    public void openConsole() {
        if (!consoleEnabled.get()) {
            return;
        }
        InstanceRow row = selection.get(0);
        actions.openConsole(row.scope(), new InstanceTarget(row.id(), row.name(), row.status()))
                .onSuccess(url -> dialogs.offerUrl(messages.get("console.title", row.name()), url))
                .onFailure(actionProblem::set);
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
            ended(instanceId, messages.get("outcome.settled", error ? "ERROR" : row.status()));
        });
    }

    /**
     * The console stopped following a change the service accepted (its time limit, or Cancel in
     * Activity): the row rests on its last status, and the line does not call that "done".
     */
    @Override
    public void instanceStillChanging(String instanceId, String lastStatus) {
        table.row(instanceId).ifPresent(row -> {
            row.settle(lastStatus, false);
            ended(instanceId, messages.get("outcome.unfollowed", row.status()));
        });
    }

    @Override
    public void instanceGone(String instanceId) {
        table.remove(instanceId);
        ended(instanceId, messages.get("outcome.deleted"));
    }

    private void ended(String instanceId, String how) {
        if (workspaceOf.containsKey(instanceId)) {
            ended.put(instanceId, how);
            if (finished != null) {
                lastResult.set(summary(finished));
            }
        }
    }

    @Override
    public void actionFinished(BulkResult part) {
        // One part per workspace of the selection: the summary waits for all of them.
        collected.addAll(part.results());
        if (--groupsLeft > 0) {
            return;
        }
        BulkResult result = new BulkResult(part.kind(), List.copyOf(collected));
        finished = result;
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
                .map(r -> messages.get("outcome.where", r.target().name(),
                        workspaceOf.getOrDefault(r.target().id(), "")) + ": " + outcome(r))
                .collect(Collectors.joining(" · "));
        return label(result.kind()) + " — " + perInstance;
    }

    private String outcome(InstanceResult result) {
        String how = result.outcome() == InstanceResult.Outcome.ACCEPTED ? ended.get(result.target().id()) : null;
        return how != null ? how : messages.get("outcome." + result.outcome().name().toLowerCase(Locale.ROOT));
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
