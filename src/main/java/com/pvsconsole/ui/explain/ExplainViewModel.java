package com.pvsconsole.ui.explain;

import com.pvsconsole.service.explain.ExplainService;
import com.pvsconsole.service.explain.Explanation;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One Explain panel's state: the explanation once gathered, the step being read meanwhile (with a
 * fraction), a failure with its hint, or a cancelled load. UI thread only.
 */
public final class ExplainViewModel {

    private final ExplainService service;
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private TaskHandle current = TaskHandle.none();

    public ExplainViewModel(ExplainService service) {
        this.service = service;
    }

    /** Gathers the evidence for a server in its own workspace, replacing any load still running. */
    public void load(WorkspaceScope scope, String instanceId, String name) {
        current.cancel();
        explanation.set(null);
        problem.set(null);
        cancelled.set(false);
        loading.set(true);
        progress.set(-1);
        current = service.explain(scope, instanceId, name, (fraction, message) -> {
                    progress.set(fraction);
                    step.set(message);
                })
                .onSuccess(found -> {
                    loading.set(false);
                    explanation.set(found);
                })
                .onFailure(failure -> {
                    loading.set(false);
                    problem.set(failure);
                })
                .onCancelled(() -> {
                    loading.set(false);
                    cancelled.set(true);
                });
    }

    /** Stops the load: the request in flight is cancelled, not just ignored. */
    public void cancel() {
        if (loading.get()) {
            current.cancel();
        }
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
