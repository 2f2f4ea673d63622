package com.pvsconsole.ui.volumes;

import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.resources.VolumeSubject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One volume as a long-lived table row: refreshes and the follow after an action update its
 * properties in place, so the state changes (creating -> available -> in-use) show without the
 * table losing selection. Attached instances are shown by name.
 */
public final class VolumeRow {

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper sizeGb = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper tier = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shareable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper bootable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper attachedTo = new ReadOnlyStringWrapper("");
    private List<String> instanceIds = List.of();
    private Facts facts;

    /** The fields both the list ({@code VolumeReference}) and the full record ({@code Volume}) carry. */
    record Facts(String id, String name, Double size, String diskType, String state, Boolean shareable,
                 Boolean bootable, Boolean bootVolume, List<String> instanceIds, String wwn, String created,
                 String updated, String pool) {

        static Facts of(VolumeReference v) {
            return new Facts(v.volumeID(), v.name(), v.size(), v.diskType(), v.state(), v.shareable(), v.bootable(),
                    v.bootVolume(), v.pvmInstanceIDs(), v.wwn(), v.creationDate(), v.lastUpdateDate(), v.volumePool());
        }

        static Facts of(Volume v) {
            return new Facts(v.volumeID(), v.name(), v.size(), v.diskType(), v.state(), v.shareable(), v.bootable(),
                    v.bootVolume(), v.pvmInstanceIDs(), v.wwn(), v.creationDate(), v.lastUpdateDate(), v.volumePool());
        }
    }

    VolumeRow(Facts facts, Map<String, String> instanceNames) {
        this.id = facts.id();
        apply(facts, instanceNames);
    }

    void apply(Facts fresh, Map<String, String> instanceNames) {
        facts = fresh;
        name.set(Objects.requireNonNullElse(fresh.name(), ""));
        sizeGb.set(fresh.size() == null ? 0 : fresh.size());
        tier.set(Objects.requireNonNullElse(fresh.diskType(), ""));
        state.set(Objects.requireNonNullElse(fresh.state(), ""));
        shareable.set(Boolean.TRUE.equals(fresh.shareable()));
        bootable.set(Boolean.TRUE.equals(fresh.bootable()));
        instanceIds = fresh.instanceIds() == null ? List.of() : List.copyOf(fresh.instanceIds());
        renameInstances(instanceNames);
    }

    /** Shows attached instances by name; an id stays visible until its name is known. */
    void renameInstances(Map<String, String> instanceNames) {
        attachedTo.set(instanceIds.stream().map(i -> instanceNames.getOrDefault(i, i)).collect(Collectors.joining(", ")));
    }

    void markState(String newState) {
        state.set(newState);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name.get();
    }

    public String state() {
        return state.get();
    }

    public List<String> instanceIds() {
        return instanceIds;
    }

    public boolean isAttached() {
        return !instanceIds.isEmpty();
    }

    public boolean isShareable() {
        return shareable.get();
    }

    Facts facts() {
        return facts;
    }

    /** What a change acts on: this row's id, name, size and tier as shown. */
    public VolumeSubject subject() {
        return new VolumeSubject(id, name(), sizeGb.get(), tier.get());
    }

    /** The storage pool, or null when the service did not say. */
    String pool() {
        return facts.pool();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sizeGbProperty() {
        return sizeGb.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tierProperty() {
        return tier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shareableProperty() {
        return shareable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty bootableProperty() {
        return bootable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attachedToProperty() {
        return attachedTo.getReadOnlyProperty();
    }
}
