package com.pvsconsole.ui.volumes;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeSubject;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * Change one volume's storage tier to another the workspace offers. {@link #consequence()} says what it means
 * (FAULTS-AND-SEMANTICS 3.2): the volume stays in its pool, and an attached volume stays attached and in use.
 */
public final class TierChangeForm {

    private final VolumeSubject volume;
    private final String consequence;
    private final OfferedTiers offered;
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>();
    private final StringBinding tierError;
    private final BooleanBinding valid;

    TierChangeForm(VolumeSubject volume, String attachedTo, Messages messages) {
        this.volume = volume;
        this.offered = new OfferedTiers(List.of(volume.diskType()));
        this.consequence = attachedTo.isEmpty() ? messages.get("volume.tierFree", volume.name(), volume.diskType())
                : messages.get("volume.tierAttached", volume.name(), volume.diskType(), attachedTo);
        tierError = Bindings.createStringBinding(() -> {
            if (offered.problemProperty().get() != null) {
                Problem problem = offered.problemProperty().get();
                return messages.get("volume.tierCatalogFailed", problem.statusLabel(), problem.title(), problem.hint());
            }
            if (!offered.loadedProperty().get()) {
                return messages.get("volume.tierLoading");
            }
            if (offered.tiers().isEmpty()) {
                return messages.get("volume.tierNoOther", volume.diskType());
            }
            if (tier.get() == null) {
                return messages.get("volume.tierChoose");
            }
            return VolumeChanges.tierProblem(volume.sizeGb(), tier.get())
                    .map(v -> messages.get(v.key(), v.argArray())).orElse("");
        }, tier, offered.tiers(), offered.problemProperty(), offered.loadedProperty());
        valid = tierError.isEmpty();
    }

    OfferedTiers offered() {
        return offered;
    }

    String target() {
        if (!valid.get()) {
            throw new IllegalStateException("the form is not valid");
        }
        return tier.get();
    }

    public VolumeSubject volume() {
        return volume;
    }

    public String consequence() {
        return consequence;
    }

    /** Only the tiers the workspace offers, without the volume's own. */
    public ObservableList<String> tiers() {
        return offered.tiers();
    }

    public ReadOnlyObjectProperty<Problem> catalogProblemProperty() {
        return offered.problemProperty();
    }

    public ObjectProperty<String> tierProperty() {
        return tier;
    }

    public StringBinding tierErrorProperty() {
        return tierError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
