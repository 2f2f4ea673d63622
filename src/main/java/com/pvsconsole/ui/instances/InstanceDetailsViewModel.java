package com.pvsconsole.ui.instances;

import com.pvsconsole.service.inventory.InstanceDetails;
import com.pvsconsole.service.inventory.InstanceDetailsLoader;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.problem.Problem;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The details pane's state: the selected row plus its full record, volumes and events. */
public final class InstanceDetailsViewModel {

    private final InventoryService inventory;
    private final InstanceDetailsLoader loader;
    private final ReadOnlyObjectWrapper<InstanceRow> row = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<InstanceDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();

    public InstanceDetailsViewModel(InventoryService inventory, InstanceDetailsLoader loader) {
        this.inventory = inventory;
        this.loader = loader;
    }

    /** Shows {@code selected} (null clears the pane) and loads its details, cancelling the previous load. */
    public void show(InstanceRow selected) {
        if (selected == row.get()) {
            return;
        }
        row.set(selected);
        details.set(null);
        problem.set(null);
        loader.cancel();
        if (selected != null) {
            inventory.currentContext().ifPresent(ctx -> loader.load(ctx, selected.id(), selected.name(),
                    details::set, problem::set));
        }
    }

    /** Loads the shown instance's details again (after a change to its volumes, say). */
    public void reload() {
        InstanceRow shown = row.get();
        if (shown != null) {
            loader.cancel();
            inventory.currentContext().ifPresent(ctx -> loader.load(ctx, shown.id(), shown.name(),
                    details::set, problem::set));
        }
    }

    public ReadOnlyObjectProperty<InstanceRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InstanceDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void dismissProblem() {
        problem.set(null);
    }
}
