package com.pvsconsole.ui.volumes;

import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.ui.common.Messages;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "create volume" form: CreateDataVolume's required name and size, the tier (diskType;
 * the service defaults to tier3), shareable, and how many to create. Each field has its message
 * as the user types; the request can only be built when every field is valid.
 */
public final class CreateVolumeForm {

    /** The tiers Power VS offers; the workspace's own tiers in use are added to these. */
    static final List<String> KNOWN_TIERS = List.of("tier0", "tier1", "tier3", "tier5k");
    /** Data volume size limits in GB as the service enforces them. */
    static final int MIN_SIZE_GB = 1;
    static final int MAX_SIZE_GB = 2000;
    static final int MAX_COUNT = 10;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty size = new SimpleStringProperty("");
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>("tier3");
    private final BooleanProperty shareable = new SimpleBooleanProperty(false);
    private final IntegerProperty count = new SimpleIntegerProperty(1);
    private final ObservableList<String> tiers;
    private final StringBinding nameError;
    private final StringBinding sizeError;
    private final StringBinding countError;
    private final BooleanBinding valid;

    CreateVolumeForm(Collection<String> tiersInUse, Messages messages) {
        TreeSet<String> offered = new TreeSet<>(KNOWN_TIERS);
        tiersInUse.stream().filter(t -> t != null && !t.isBlank()).forEach(offered::add);
        this.tiers = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(offered));
        nameError = Bindings.createStringBinding(() -> name.get().isBlank() ? messages.get("volume.error.name") : "",
                name);
        sizeError = Bindings.createStringBinding(() -> sizeProblem(size.get(), messages), size);
        countError = Bindings.createStringBinding(() -> count.get() < 1 || count.get() > MAX_COUNT
                ? messages.get("volume.error.count", MAX_COUNT) : "", count);
        valid = nameError.isEmpty().and(sizeError.isEmpty()).and(countError.isEmpty()).and(tier.isNotNull());
    }

    private static String sizeProblem(String text, Messages messages) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return messages.get("volume.error.sizeMissing");
        }
        if (!trimmed.matches("\\d{1,7}")) {
            return messages.get("volume.error.sizeNumber");
        }
        int gb = Integer.parseInt(trimmed);
        return gb < MIN_SIZE_GB || gb > MAX_SIZE_GB ? messages.get("volume.error.sizeRange", MIN_SIZE_GB, MAX_SIZE_GB) : "";
    }

    /** The request for volume {@code index} (1-based): with a count above one, names get "-1", "-2"... */
    CreateDataVolume request(int index) {
        if (!valid.get()) {
            throw new IllegalStateException("the form is not valid");
        }
        String base = name.get().strip();
        return CreateDataVolume.builder()
                .name(count.get() > 1 ? base + "-" + index : base)
                .size((double) Integer.parseInt(size.get().strip()))
                .diskType(tier.get())
                .shareable(shareable.get())
                .build();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<String> tierProperty() {
        return tier;
    }

    public BooleanProperty shareableProperty() {
        return shareable;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public ObservableList<String> tiers() {
        return tiers;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding sizeErrorProperty() {
        return sizeError;
    }

    public StringBinding countErrorProperty() {
        return countError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
