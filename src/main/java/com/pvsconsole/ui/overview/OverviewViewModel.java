package com.pvsconsole.ui.overview;

import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.usage.UsageMetric;
import com.pvsconsole.service.usage.WorkspaceUsage;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workspace overview: usage against limits, loaded when the workspace changes and on refresh, and
 * quietly again whenever the workspace's instances change (so a new or deleted instance shows here too).
 */
public final class OverviewViewModel implements InventoryListener {

    private final WorkspaceUsage usage;
    private final ObservableList<UsageMetric> metrics = FXCollections.observableArrayList();
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<UsageMetric> readOnlyMetrics = FXCollections.unmodifiableObservableList(metrics);
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private TaskHandle current = TaskHandle.none();
    private WorkspaceScope scope;

    public OverviewViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> scope,
                             WorkspaceUsage usage) {
        this.usage = usage;
        inventory.addListener(this);
        this.scope = scope.get();
        workspaceName.set(this.scope == null ? "" : this.scope.workspaceName());
        scope.addListener((obs, old, now) -> {
            this.scope = now;
            workspaceName.set(now == null ? "" : now.workspaceName());
            metrics.clear();
            reload();
        });
        reload();
    }

    /** Usage changes only when instances do: reread it quietly then, not at every refresh. */
    @Override
    public void instancesChanged(WorkspaceScope changed, Delta<PvmInstanceReference> delta) {
        if (changed.equals(scope) && !loading.get() && !delta.isEmpty()) {
            current = usage.refreshQuietly(scope).onSuccess(loaded -> {
                problem.set(null);
                metrics.setAll(loaded);
            }).onFailure(problem::set);
        }
    }

    public void reload() {
        current.cancel();
        problem.set(null);
        if (scope == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        current = usage.load(scope).onSuccess(loaded -> {
            loading.set(false);
            metrics.setAll(loaded);
        }).onFailure(failure -> {
            loading.set(false);
            problem.set(failure);
        });
    }

    public void dismissProblem() {
        problem.set(null);
    }

    /** Instances, processors, memory and storage, in that order. */
    public ObservableList<UsageMetric> metrics() {
        return readOnlyMetrics;
    }

    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
