package com.pvsconsole.ui.volumes;

import com.pvsconsole.service.catalog.StorageOffer;
import com.pvsconsole.service.problem.Problem;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The storage tiers a form may offer: only those the workspace's live catalog lists (minus {@code excluded},
 * e.g. the volume's own tier), filled in when the catalog arrives; none, with the reason, when it cannot be read.
 */
final class OfferedTiers {

    private final List<String> excluded;
    private final ObservableList<String> tiers = FXCollections.observableArrayList();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(tiers);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    OfferedTiers(List<String> excluded) {
        this.excluded = List.copyOf(excluded);
    }

    void offer(StorageOffer offer) {
        problem.set(null);
        tiers.setAll(offer.tiers().stream().filter(t -> !excluded.contains(t)).toList());
        loaded.set(true);
    }

    void failed(Problem failure) {
        problem.set(failure);
        tiers.clear();
    }

    ObservableList<String> tiers() {
        return readOnly;
    }

    ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
