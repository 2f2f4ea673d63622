package com.pvsconsole.ui.instances.create;

import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.provisioning.Quota;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.ui.common.Choice;
import com.pvsconsole.ui.common.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wizard's inputs and their inline messages, re-checked on every keystroke against the
 * rules and the workspace's quota. A page is valid when none of its fields has a message;
 * {@link #request()} builds the body only from a fully valid form.
 */
public final class CreateInstanceForm {

    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ImageChoice> image = new SimpleObjectProperty<>();
    private final StringProperty sysType = new SimpleStringProperty(SizeRules.SYSTEM_TYPES.get(0));
    private final StringProperty procType = new SimpleStringProperty("shared");
    private final StringProperty processors = new SimpleStringProperty("0.5");
    private final StringProperty memory = new SimpleStringProperty("4");
    private final StringProperty sshKey = new SimpleStringProperty("");
    private final StringProperty storageTier = new SimpleStringProperty("tier3");
    private final StringProperty userData = new SimpleStringProperty("");
    private final ObservableList<NetworkChoice> networks = FXCollections.observableArrayList(
            n -> new Observable[] {n.selectedProperty(), n.fixedIpProperty()});
    private final ObservableList<Choice<VolumeReference>> volumes = FXCollections.observableArrayList(
            v -> new Observable[] {v.selectedProperty()});
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper imageError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper processorsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memoryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper networksError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userDataError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper basicsValid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sizeValid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper networkValid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper storageValid = new ReadOnlyBooleanWrapper();
    private Quota quota = Quota.UNLIMITED;
    private List<String> takenNames = List.of();

    CreateInstanceForm(Messages messages) {
        this.messages = messages;
        for (Observable input : List.<Observable>of(name, image, procType, processors, memory, userData, networks)) {
            input.addListener(observable -> validate());
        }
        image.addListener((obs, old, now) -> {
            if (now != null && now.image().storageType() != null && !now.image().storageType().isBlank()) {
                storageTier.set(now.image().storageType());
            }
        });
        validate();
    }

    /** The workspace's limits and names; re-checks everything against them. */
    void limits(Quota newQuota, List<String> names) {
        this.quota = newQuota;
        this.takenNames = List.copyOf(names);
        validate();
    }

    Quota quota() {
        return quota;
    }

    private void validate() {
        nameError.set(text(SizeRules.name(name.get(), takenNames).or(() -> SizeRules.instanceQuota(quota))));
        imageError.set(image.get() == null ? messages.get("rule.image.required") : "");
        processorsError.set(text(SizeRules.processors(procType.get(), processors.get(), quota)));
        memoryError.set(text(SizeRules.memory(memory.get(), quota)));
        boolean ipsValid = true;
        for (NetworkChoice choice : networks) {
            String message = choice.isSelected()
                    ? text(SizeRules.fixedIp(choice.fixedIp(), choice.network().cidr())) : "";
            choice.setIpError(message);
            ipsValid &= message.isEmpty();
        }
        networksError.set(networks.stream().anyMatch(NetworkChoice::isSelected) ? ""
                : messages.get("rule.networks.required"));
        userDataError.set(text(SizeRules.userData(userData.get())));
        basicsValid.set(nameError.get().isEmpty() && imageError.get().isEmpty());
        sizeValid.set(processorsError.get().isEmpty() && memoryError.get().isEmpty());
        networkValid.set(networksError.get().isEmpty() && ipsValid);
        storageValid.set(userDataError.get().isEmpty());
    }

    private String text(Optional<Violation> violation) {
        return violation.map(v -> messages.get(v.key(), v.argArray())).orElse("");
    }

    boolean valid(CreateStep step) {
        return switch (step) {
            case BASICS -> basicsValid.get();
            case SIZE -> sizeValid.get();
            case NETWORK -> networkValid.get();
            case STORAGE -> storageValid.get();
            case SUMMARY -> allValid();
        };
    }

    boolean allValid() {
        return basicsValid.get() && sizeValid.get() && networkValid.get() && storageValid.get();
    }

    /** The create body; only call when {@link #allValid()}. */
    PvmInstanceCreate request() {
        if (!allValid()) {
            throw new IllegalStateException("the form has invalid fields");
        }
        List<PvmInstanceAddNetwork> chosen = selectedNetworks().stream()
                .map(n -> new PvmInstanceAddNetwork(n.fixedIp().isEmpty() ? null : n.fixedIp(),
                        n.network().networkID(), null))
                .toList();
        List<String> volumeIds = selectedVolumes().stream().map(VolumeReference::volumeID).toList();
        String data = userData.get() == null ? "" : userData.get();
        return PvmInstanceCreate.builder()
                .serverName(name.get().strip())
                .imageID(image.get().id())
                .sysType(sysType.get())
                .procType(procType.get())
                .processors(SizeRules.number(processors.get()).orElseThrow())
                .memory(SizeRules.number(memory.get()).orElseThrow())
                .networks(chosen)
                .keyPairName(sshKey.get() == null || sshKey.get().isBlank() ? null : sshKey.get())
                .storageType(storageTier.get())
                .volumeIDs(volumeIds.isEmpty() ? null : volumeIds)
                // The service takes cloud-init user data base64-encoded.
                .userData(data.isBlank() ? null
                        : Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    List<NetworkChoice> selectedNetworks() {
        return networks.stream().filter(NetworkChoice::isSelected).toList();
    }

    List<VolumeReference> selectedVolumes() {
        return volumes.stream().filter(Choice::isSelected).map(Choice::item).toList();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ImageChoice> imageProperty() {
        return image;
    }

    public StringProperty sysTypeProperty() {
        return sysType;
    }

    public StringProperty procTypeProperty() {
        return procType;
    }

    public StringProperty processorsProperty() {
        return processors;
    }

    public StringProperty memoryProperty() {
        return memory;
    }

    public StringProperty sshKeyProperty() {
        return sshKey;
    }

    public StringProperty storageTierProperty() {
        return storageTier;
    }

    public StringProperty userDataProperty() {
        return userData;
    }

    public ObservableList<NetworkChoice> networks() {
        return networks;
    }

    public ObservableList<Choice<VolumeReference>> volumes() {
        return volumes;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imageErrorProperty() {
        return imageError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty processorsErrorProperty() {
        return processorsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryErrorProperty() {
        return memoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty networksErrorProperty() {
        return networksError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userDataErrorProperty() {
        return userDataError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty basicsValidProperty() {
        return basicsValid.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty sizeValidProperty() {
        return sizeValid.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty networkValidProperty() {
        return networkValid.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty storageValidProperty() {
        return storageValid.getReadOnlyProperty();
    }
}
