package com.pvsconsole.ui.instances;

import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.code.ExistingObjects;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.inventory.InstanceDetails;
import java.util.Optional;
import com.pvsconsole.service.inventory.InstanceDetailsLoader;
import com.pvsconsole.service.problem.Problem;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The details pane's state: the selected row plus its full record, volumes and events, loaded
 * from the row's own workspace. When the row changes (its status moved on at a refresh) the
 * details are loaded again, so the pane never contradicts the row.
 */
public final class InstanceDetailsViewModel {

    private static final CodeGenerator CODE = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault());

    private final InstanceDetailsLoader loader;
    private final ReadOnlyObjectWrapper<InstanceRow> row = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<InstanceDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener rowChanged = observable -> load(true);

    public InstanceDetailsViewModel(InstanceDetailsLoader loader) {
        this.loader = loader;
    }

    /** Shows {@code selected} (null clears the pane) and loads its details, cancelling the previous load. */
    public void show(InstanceRow selected) {
        InstanceRow previous = row.get();
        if (selected == previous) {
            return;
        }
        if (previous != null) {
            previous.statusProperty().removeListener(rowChanged);
        }
        row.set(selected);
        details.set(null);
        problem.set(null);
        loader.cancel();
        if (selected != null) {
            selected.statusProperty().addListener(rowChanged);
            load(false);
        }
    }

    /** Loads the shown instance's details again (after a change to its volumes, say). */
    public void reload() {
        load(true);
    }

    private void load(boolean fresh) {
        InstanceRow shown = row.get();
        if (shown != null) {
            loader.load(shown.scope(), shown.id(), shown.name(), fresh).onSuccess(details::set).onFailure(problem::set);
        }
    }

    /**
     * The shown server as an {@code ibmcloud pi} command, a curl call and a Terraform block with an
     * import (its own workspace targeted); empty until its details have loaded.
     */
    public Optional<GeneratedCode> copyAsCode() {
        InstanceRow shown = row.get();
        InstanceDetails loaded = details.get();
        if (shown == null || loaded == null) {
            return Optional.empty();
        }
        return Optional.of(CODE.generate(CodeTarget.of(shown.scope(), shown.scope().workspaceName()),
                ExistingObjects.instance(loaded.instance())));
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
