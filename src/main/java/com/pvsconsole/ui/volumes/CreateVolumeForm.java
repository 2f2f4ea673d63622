package com.pvsconsole.ui.volumes;

import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.service.catalog.StorageOffer;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "create volume" form: CreateDataVolume's required name and size, the tier (diskType; the service
 * defaults to tier3) and the storage pool (auto-select when none), shareable, and how many to create. Tiers and
 * pools are the workspace's own, from its live catalog ({@link #offer}); when the catalog cannot be read the
 * form says so ({@link #catalogProblemProperty()}) and still works: it offers the tiers the workspace's volumes
 * use, and an empty tier or pool leaves the choice to the service. Each field has its message as the user
 * types; the request can only be built when every field is valid.
 */
public final class CreateVolumeForm {

    /** The service's default tier, preselected when the workspace offers it. */
    static final String DEFAULT_TIER = "tier3";
    /** Data volume size limits in GB as the service enforces them. */
    static final int MIN_SIZE_GB = 1;
    static final int MAX_SIZE_GB = 2000;
    static final int MAX_COUNT = 10;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty size = new SimpleStringProperty("");
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<String> pool = new SimpleObjectProperty<>();
    private final BooleanProperty shareable = new SimpleBooleanProperty(false);
    private final IntegerProperty count = new SimpleIntegerProperty(1);
    private final ObservableList<String> tiers = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyTiers = FXCollections.unmodifiableObservableList(tiers);
    private final ObservableList<String> pools = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyPools = FXCollections.unmodifiableObservableList(pools);
    private final ReadOnlyObjectWrapper<Problem> catalogProblem = new ReadOnlyObjectWrapper<>();
    private final StringBinding nameError;
    private final StringBinding sizeError;
    private final StringBinding countError;
    private final BooleanBinding valid;

    CreateVolumeForm(Messages messages) {
        nameError = Bindings.createStringBinding(() -> name.get().isBlank() ? messages.get("volume.error.name") : "",
                name);
        sizeError = Bindings.createStringBinding(() -> sizeProblem(size.get(), messages), size);
        countError = Bindings.createStringBinding(() -> count.get() < 1 || count.get() > MAX_COUNT
                ? messages.get("volume.error.count", MAX_COUNT) : "", count);
        valid = nameError.isEmpty().and(sizeError.isEmpty()).and(countError.isEmpty());
    }

    /** The workspace's live catalog arrived: only its tiers and pools are offered from now on. */
    void offer(StorageOffer offer) {
        catalogProblem.set(null);
        choices(offer.tiers(), offer.poolNames());
    }

    /**
     * The catalog could not be read ({@code problem}; null when there is no workspace to ask): the form stays
     * usable with the tiers the workspace's volumes use and the service's own choice of pool.
     */
    void catalogFailed(Problem problem, Collection<String> tiersInUse) {
        catalogProblem.set(problem);
        choices(List.copyOf(tiersInUse), List.of());
    }

    private void choices(List<String> offeredTiers, List<String> offeredPools) {
        tiers.setAll(offeredTiers);
        pools.setAll(offeredPools);
        if (tier.get() != null && !tiers.contains(tier.get())) {
            tier.set(null);
        }
        if (tier.get() == null && tiers.contains(DEFAULT_TIER)) {
            tier.set(DEFAULT_TIER);
        }
        if (pool.get() != null && !pools.contains(pool.get())) {
            pool.set(null);
        }
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
                .volumePool(pool.get())
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

    /** The storage pool; null: the service picks one. */
    public ObjectProperty<String> poolProperty() {
        return pool;
    }

    public ObservableList<String> pools() {
        return readOnlyPools;
    }

    /** Why the live catalog is missing (the form then offers the tiers in use), or null. */
    public ReadOnlyObjectProperty<Problem> catalogProblemProperty() {
        return catalogProblem.getReadOnlyProperty();
    }

    public BooleanProperty shareableProperty() {
        return shareable;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public ObservableList<String> tiers() {
        return readOnlyTiers;
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
