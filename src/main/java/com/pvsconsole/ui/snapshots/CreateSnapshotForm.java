package com.pvsconsole.ui.snapshots;

import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.service.snapshots.SnapshotRules;
import com.pvsconsole.ui.common.Choice;
import com.pvsconsole.ui.common.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "take snapshot" form of one server: a name checked as the user types (the definition's limits,
 * and unique in the workspace: a taken name is explained next to the field), an optional description,
 * and the volumes to include (all of the server's, ticked at first). Nothing is sent while a field has
 * a message.
 */
public final class CreateSnapshotForm {

    private final String instanceId;
    private final String instanceName;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final List<Choice<VolumeReference>> volumes;
    private final StringBinding nameError;
    private final StringBinding descriptionError;
    private final StringBinding volumesError;
    private final BooleanBinding valid;

    /**
     * @param takenNames the workspace's snapshot names now (asked at every keystroke, so a snapshot that
     *                   appears meanwhile counts)
     */
    public CreateSnapshotForm(String instanceId, String instanceName, List<VolumeReference> instanceVolumes,
                              Supplier<Collection<String>> takenNames, Messages messages) {
        this.instanceId = instanceId;
        this.instanceName = instanceName;
        this.volumes = instanceVolumes.stream().map(v -> {
            Choice<VolumeReference> choice = new Choice<>(v, v.name() + "  (" + Math.round(v.size() == null ? 0
                    : v.size()) + " GB" + (Boolean.TRUE.equals(v.bootVolume()) ? ", boot" : "") + ")");
            choice.selectedProperty().set(true);
            return choice;
        }).toList();
        nameError = Bindings.createStringBinding(
                () -> text(SnapshotRules.name(name.get(), takenNames.get()), messages), name);
        descriptionError = Bindings.createStringBinding(
                () -> text(SnapshotRules.description(description.get()), messages), description);
        Observable[] ticks = volumes.stream().map(Choice::selectedProperty).toArray(Observable[]::new);
        volumesError = Bindings.createStringBinding(() -> !volumes.isEmpty() && chosen().isEmpty()
                ? messages.get("snapshot.error.volumes") : "", ticks);
        valid = nameError.isEmpty().and(descriptionError.isEmpty()).and(volumesError.isEmpty());
    }

    private static String text(Optional<Violation> violation, Messages messages) {
        return violation.map(v -> messages.get(v.key(), v.argArray())).orElse("");
    }

    private List<VolumeReference> chosen() {
        return volumes.stream().filter(Choice::isSelected).map(Choice::item).toList();
    }

    /** The request: {@code volumeIDs} only when some volumes are left out (absent means all attached). */
    public SnapshotCreate request() {
        if (!valid.get()) {
            throw new IllegalStateException("the form is not valid");
        }
        List<VolumeReference> picked = chosen();
        String text = description.get() == null ? "" : description.get().strip();
        return SnapshotCreate.builder()
                .name(name.get().strip())
                .description(text.isEmpty() ? null : text)
                .volumeIDs(picked.size() == volumes.size() ? null
                        : picked.stream().map(VolumeReference::volumeID).toList())
                .build();
    }

    public String instanceId() {
        return instanceId;
    }

    public String instanceName() {
        return instanceName;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public List<Choice<VolumeReference>> volumes() {
        return volumes;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding descriptionErrorProperty() {
        return descriptionError;
    }

    public StringBinding volumesErrorProperty() {
        return volumesError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
