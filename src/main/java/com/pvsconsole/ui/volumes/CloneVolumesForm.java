package com.pvsconsole.ui.volumes;

import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeSubject;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Clone the selected volumes through the asynchronous clone API: the base name of the clones (the service names
 * them {@code clone-<base>-#####}), and optionally another tier the workspace offers. Checked as the user types:
 * the name, all volumes in one storage pool (the service cannot clone across pools), no fixed-IOPS target for a
 * volume over 200 GB.
 */
public final class CloneVolumesForm {

    private final List<VolumeSubject> volumes;
    private final OfferedTiers offered = new OfferedTiers(List.of());
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>();
    private final StringBinding nameError;
    private final StringBinding volumesError;
    private final BooleanBinding valid;

    /** @param pools each volume's storage pool, in the order of {@code volumes} */
    CloneVolumesForm(List<VolumeSubject> volumes, List<String> pools, Messages messages) {
        this.volumes = List.copyOf(volumes);
        long distinctPools = pools.stream().filter(Objects::nonNull).distinct().count();
        nameError = Bindings.createStringBinding(() -> {
            String typed = name.get() == null ? "" : name.get().strip();
            if (typed.isEmpty()) {
                return messages.get("volume.clone.nameRequired");
            }
            return typed.matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? "" : messages.get("rule.volume.name.pattern");
        }, name);
        volumesError = Bindings.createStringBinding(() -> {
            if (this.volumes.isEmpty()) {
                return messages.get("volume.clone.none");
            }
            if (distinctPools > 1) {
                return messages.get("volume.clone.pools");
            }
            return this.volumes.stream()
                    .map(v -> VolumeChanges.tierProblem(v.sizeGb(), tier.get()))
                    .flatMap(java.util.Optional::stream).findFirst()
                    .map(v -> messages.get(v.key(), v.argArray())).orElse("");
        }, tier);
        valid = nameError.isEmpty().and(volumesError.isEmpty());
    }

    OfferedTiers offered() {
        return offered;
    }

    VolumesCloneAsyncRequest request() {
        if (!valid.get()) {
            throw new IllegalStateException("the form is not valid");
        }
        return VolumesCloneAsyncRequest.builder()
                .name(name.get().strip())
                .targetStorageTier(tier.get())
                .volumeIDs(volumes.stream().map(VolumeSubject::id).toList())
                .build();
    }

    public List<VolumeSubject> volumes() {
        return volumes;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The clones' tier; null keeps each source's tier. */
    public ObjectProperty<String> tierProperty() {
        return tier;
    }

    public ObservableList<String> tiers() {
        return offered.tiers();
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding volumesErrorProperty() {
        return volumesError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
