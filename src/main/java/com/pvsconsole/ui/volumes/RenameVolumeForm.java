package com.pvsconsole.ui.volumes;

import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeSubject;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Rename one volume: the new name, checked as the user types (required, pattern, unchanged, taken). */
public final class RenameVolumeForm {

    private final VolumeSubject volume;
    private final StringProperty name;
    private final StringBinding nameError;
    private final BooleanBinding valid;

    /** @param others the names of the workspace's other volumes */
    RenameVolumeForm(VolumeSubject volume, List<String> others, Messages messages) {
        this.volume = volume;
        this.name = new SimpleStringProperty(volume.name());
        List<String> taken = List.copyOf(others);
        nameError = Bindings.createStringBinding(() -> VolumeChanges.nameProblem(volume.name(), name.get(), taken)
                .map(v -> messages.get(v.key(), v.argArray())).orElse(""), name);
        valid = nameError.isEmpty();
    }

    String newName() {
        if (!valid.get()) {
            throw new IllegalStateException("the form is not valid");
        }
        return name.get().strip();
    }

    public VolumeSubject volume() {
        return volume;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
