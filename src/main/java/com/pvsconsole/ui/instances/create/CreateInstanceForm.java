package com.pvsconsole.ui.instances.create;

import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.SapCreate;
import com.pvsconsole.api.model.SapProfile;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SoftwareLicenses;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.catalog.CreateCatalog;
import com.pvsconsole.service.catalog.WorkspaceOffer;
import com.pvsconsole.service.provisioning.Quota;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.ui.common.Choice;
import com.pvsconsole.ui.common.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wizard's inputs and their inline messages, re-checked on every keystroke against the
 * rules, the workspace's quota and its live catalog (what one host of the chosen system type can
 * still take, the chosen shared processor pool). A page is valid when none of its fields has a
 * message; {@link #request()} and {@link #sapRequest()} build the body only from a fully valid form.
 * An IBM i image adds its licences; an SAP image replaces processors and memory by an SAP profile.
 */
public final class CreateInstanceForm {

    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ImageChoice> image = new SimpleObjectProperty<>();
    private final StringProperty sysType = new SimpleStringProperty("");
    private final StringProperty procType = new SimpleStringProperty("shared");
    private final StringProperty processors = new SimpleStringProperty("0.5");
    private final StringProperty memory = new SimpleStringProperty("4");
    private final ObjectProperty<SharedProcessorPool> pool = new SimpleObjectProperty<>();
    private final ObjectProperty<PlacementGroup> placementGroup = new SimpleObjectProperty<>();
    private final ObjectProperty<SapProfile> sapProfile = new SimpleObjectProperty<>();
    private final BooleanProperty css = new SimpleBooleanProperty(false);
    private final BooleanProperty pha = new SimpleBooleanProperty(false);
    private final BooleanProperty rds = new SimpleBooleanProperty(false);
    private final StringProperty rdsUsers = new SimpleStringProperty("1");
    private final StringProperty sshKey = new SimpleStringProperty("");
    private final StringProperty storageTier = new SimpleStringProperty("tier3");
    private final StringProperty storagePool = new SimpleStringProperty("");
    private final StringProperty userData = new SimpleStringProperty("");
    private final ObservableList<NetworkChoice> networks = FXCollections.observableArrayList(
            n -> new Observable[] {n.selectedProperty(), n.fixedIpProperty(), n.detailProperty()});
    private final ObservableList<Choice<VolumeReference>> volumes = FXCollections.observableArrayList(
            v -> new Observable[] {v.selectedProperty()});
    private final ReadOnlyBooleanWrapper ibmi = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sap = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper imageError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rdsUsersError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper processorsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memoryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper poolError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sapProfileError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper networksError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userDataError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper basicsValid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sizeValid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper networkValid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper storageValid = new ReadOnlyBooleanWrapper();
    private Quota quota = Quota.UNLIMITED;
    private List<String> takenNames = List.of();
    /** The live offer; null while loading or when it could not be read (then sizes are not checked per host). */
    private WorkspaceOffer offer;

    CreateInstanceForm(Messages messages) {
        this.messages = messages;
        for (Observable input : List.<Observable>of(name, image, sysType, procType, processors, memory, pool,
                sapProfile, rds, rdsUsers, userData, networks)) {
            input.addListener(observable -> validate());
        }
        image.addListener((obs, old, now) -> {
            ibmi.set(now != null && isIbmi(now.image()));
            sap.set(now != null && isSap(now.image()));
            if (now != null && now.image().storageType() != null && !now.image().storageType().isBlank()) {
                storageTier.set(now.image().storageType());
            }
            validate();
        });
        // A pool runs on one system type: choosing it chooses the type; dedicated processors leave the pool.
        pool.addListener((obs, old, now) -> {
            if (now != null && now.hostGroup() != null && !now.hostGroup().isBlank()) {
                sysType.set(now.hostGroup());
            }
        });
        procType.addListener((obs, old, now) -> {
            if ("dedicated".equalsIgnoreCase(now)) {
                pool.set(null);
            }
        });
        validate();
    }

    /** An IBM i image: the operating system the service reports for it. */
    static boolean isIbmi(ImageReference image) {
        String os = image.specifications() == null ? null : image.specifications().operatingSystem();
        return os != null && os.toLowerCase(Locale.ROOT).startsWith("ibmi");
    }

    /** An SAP image: IBM names its SAP-certified images with "SAP" (SLES15-SP5-SAP, RHEL8-SP8-SAP-NETWEAVER). */
    static boolean isSap(ImageReference image) {
        return image.name() != null && image.name().toUpperCase(Locale.ROOT).contains("SAP");
    }

    /** The workspace's limits and names; re-checks everything against them. */
    void limits(Quota newQuota, List<String> names) {
        this.quota = newQuota;
        this.takenNames = List.copyOf(names);
        validate();
    }

    /** The live offer (null when it could not be read); re-checks sizes against it. */
    void offer(WorkspaceOffer live) {
        this.offer = live;
        validate();
    }

    Quota quota() {
        return quota;
    }

    private void validate() {
        nameError.set(text(SizeRules.name(name.get(), takenNames).or(() -> SizeRules.instanceQuota(quota))));
        imageError.set(image.get() == null ? messages.get("rule.image.required") : "");
        rdsUsersError.set(ibmi.get() ? text(SizeRules.rdsUsers(rds.get(), rdsUsers.get())) : "");
        if (sap.get()) {
            processorsError.set("");
            memoryError.set("");
            poolError.set("");
            sapProfileError.set(sapProfile.get() == null ? messages.get("rule.sap.required") : "");
            hostError.set(sapProfile.get() == null || offer == null ? ""
                    : text(offer.fitProblem(sysType.get(), sapProfile.get().cores(), sapProfile.get().memory())));
        } else {
            sapProfileError.set("");
            processorsError.set(text(SizeRules.processors(procType.get(), processors.get(), quota)));
            memoryError.set(text(SizeRules.memory(memory.get(), quota)));
            double cores = SizeRules.number(processors.get()).orElse(0.0);
            hostError.set(offer == null || !processorsError.get().isEmpty() || !memoryError.get().isEmpty() ? ""
                    : text(offer.fitProblem(sysType.get(), cores, SizeRules.number(memory.get()).orElse(0.0))));
            poolError.set(text(CreateCatalog.poolProblem(pool.get(), procType.get(), sysType.get(), cores)));
        }
        boolean ipsValid = true;
        for (NetworkChoice choice : networks) {
            String message = choice.isSelected() ? text(SizeRules.fixedIp(choice.fixedIp(), choice.cidr())) : "";
            choice.setIpError(message);
            ipsValid &= message.isEmpty();
        }
        networksError.set(networks.stream().anyMatch(NetworkChoice::isSelected) ? ""
                : messages.get("rule.networks.required"));
        userDataError.set(text(SizeRules.userData(userData.get())));
        basicsValid.set(nameError.get().isEmpty() && imageError.get().isEmpty() && rdsUsersError.get().isEmpty()
                && sysType.get() != null && !sysType.get().isBlank());
        sizeValid.set(processorsError.get().isEmpty() && memoryError.get().isEmpty() && hostError.get().isEmpty()
                && poolError.get().isEmpty() && sapProfileError.get().isEmpty());
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

    /** The create body of an ordinary instance; only call when {@link #allValid()} and not {@link #isSap()}. */
    PvmInstanceCreate request() {
        requireValid();
        String data = userData.get() == null ? "" : userData.get();
        return PvmInstanceCreate.builder()
                .serverName(name.get().strip())
                .imageID(image.get().id())
                .sysType(sysType.get())
                .procType(procType.get())
                .processors(SizeRules.number(processors.get()).orElseThrow())
                .memory(SizeRules.number(memory.get()).orElseThrow())
                .networks(chosenNetworks())
                .keyPairName(blankToNull(sshKey.get()))
                .storageType(storageTier.get())
                .storagePool(blankToNull(storagePool.get()))
                .sharedProcessorPool(pool.get() == null ? null : pool.get().id())
                .placementGroup(placementGroup.get() == null ? null : placementGroup.get().id())
                .softwareLicenses(licences().orElse(null))
                .volumeIDs(volumeIds())
                // The service takes cloud-init user data base64-encoded.
                .userData(data.isBlank() ? null
                        : Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** The body of {@code POST .../sap}; only call when {@link #allValid()} and {@link #isSap()}. */
    SapCreate sapRequest() {
        requireValid();
        String data = userData.get() == null ? "" : userData.get();
        return new SapCreate(image.get().id(), name.get().strip(), chosenNetworks(),
                placementGroup.get() == null ? null : placementGroup.get().id(), sapProfile.get().profileID(),
                blankToNull(sshKey.get()), blankToNull(storagePool.get()), storageTier.get(), sysType.get(),
                data.isBlank() ? null : Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)),
                volumeIds());
    }

    /** The IBM i licences ticked (CSS, PHA, RDS with its users); empty when none is or the image is not IBM i. */
    Optional<SoftwareLicenses> licences() {
        if (!ibmi.get() || !(css.get() || pha.get() || rds.get())) {
            return Optional.empty();
        }
        long users = rds.get() ? SizeRules.number(rdsUsers.get()).orElse(0.0).longValue() : 0;
        return Optional.of(new SoftwareLicenses(css.get(), null, pha.get(), null, null, rds.get(),
                rds.get() ? users : null));
    }

    private void requireValid() {
        if (!allValid()) {
            throw new IllegalStateException("the form has invalid fields");
        }
    }

    private List<PvmInstanceAddNetwork> chosenNetworks() {
        return selectedNetworks().stream()
                .map(n -> new PvmInstanceAddNetwork(n.fixedIp().isEmpty() ? null : n.fixedIp(), n.id(), null))
                .toList();
    }

    private List<String> volumeIds() {
        List<String> ids = selectedVolumes().stream().map(VolumeReference::volumeID).toList();
        return ids.isEmpty() ? null : ids;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    List<NetworkChoice> selectedNetworks() {
        return networks.stream().filter(NetworkChoice::isSelected).toList();
    }

    List<VolumeReference> selectedVolumes() {
        return volumes.stream().filter(Choice::isSelected).map(Choice::item).toList();
    }

    boolean isSap() {
        return sap.get();
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

    public ObjectProperty<SharedProcessorPool> poolProperty() {
        return pool;
    }

    public ObjectProperty<PlacementGroup> placementGroupProperty() {
        return placementGroup;
    }

    public ObjectProperty<SapProfile> sapProfileProperty() {
        return sapProfile;
    }

    public BooleanProperty cssProperty() {
        return css;
    }

    public BooleanProperty phaProperty() {
        return pha;
    }

    public BooleanProperty rdsProperty() {
        return rds;
    }

    public StringProperty rdsUsersProperty() {
        return rdsUsers;
    }

    public StringProperty sshKeyProperty() {
        return sshKey;
    }

    public StringProperty storageTierProperty() {
        return storageTier;
    }

    public StringProperty storagePoolProperty() {
        return storagePool;
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

    public ReadOnlyBooleanProperty ibmiProperty() {
        return ibmi.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sapProperty() {
        return sap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imageErrorProperty() {
        return imageError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rdsUsersErrorProperty() {
        return rdsUsersError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty processorsErrorProperty() {
        return processorsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryErrorProperty() {
        return memoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hostErrorProperty() {
        return hostError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty poolErrorProperty() {
        return poolError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sapProfileErrorProperty() {
        return sapProfileError.getReadOnlyProperty();
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
