package com.pvsconsole.ui.volumes;

import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeSubject;
import com.pvsconsole.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Grow one volume: the new size in GB, explained as the user types (a smaller or equal size, over the maximum,
 * tier5k over 200 GB). A volume grows while attached; {@link #note()} says what the operating system needs.
 */
public final class GrowVolumeForm {

    private final VolumeSubject volume;
    private final String note;
    private final StringProperty size = new SimpleStringProperty("");
    private final StringBinding sizeError;
    private final BooleanBinding valid;

    GrowVolumeForm(VolumeSubject volume, String attachedTo, Messages messages) {
        this.volume = volume;
        this.note = attachedTo.isEmpty() ? messages.get("volume.growNoteFree")
                : messages.get("volume.growNoteAttached", attachedTo);
        sizeError = Bindings.createStringBinding(() -> problem(size.get(), messages), size);
        valid = sizeError.isEmpty();
    }

    private String problem(String text, Messages messages) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return messages.get("volume.error.sizeMissing");
        }
        if (!trimmed.matches("\\d{1,7}")) {
            return messages.get("volume.error.sizeNumber");
        }
        return VolumeChanges.growProblem(volume.sizeGb(), Integer.parseInt(trimmed), volume.diskType())
                .map(v -> messages.get(v.key(), v.argArray())).orElse("");
    }

    /** The new size; only valid forms are sent. */
    double newSize() {
        if (!valid.get()) {
            throw new IllegalStateException("the form is not valid");
        }
        return Integer.parseInt(size.get().strip());
    }

    public VolumeSubject volume() {
        return volume;
    }

    public String note() {
        return note;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public StringBinding sizeErrorProperty() {
        return sizeError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
