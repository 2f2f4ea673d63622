package com.pvsconsole.ui.instances.create;

import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.SapProfile;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SppPlacementGroup;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.catalog.CreateCatalog;
import com.pvsconsole.service.catalog.StoragePoolOffer;
import com.pvsconsole.service.catalog.WorkspaceOffer;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.PoolsAndGroupsListener;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.provisioning.CreateOptions;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Choice;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.StoreRows;
import com.pvsconsole.ui.dialog.Confirmation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create-instance wizard: loads what the workspace offers (its options and, beside them, its live
 * catalog: system types with what one host can take, storage tiers and pools; when that catalog cannot be read the
 * wizard says so, with the hint, and offers the service's standard lists), offers the workspace's shared processor
 * pools and placement groups as the inventory store has them (needed while the wizard is open, so a pool made on the
 * Pools page a moment ago is there without a call, and one list answers both), walks the pages (Next only while
 * the page is valid), shows a summary and sends the request only from a valid form. A refusal
 * from the service (400, 409...) shows as a problem in the wizard and keeps every input.
 */
public final class CreateInstanceViewModel {

    /** One line of the summary page. */
    public record SummaryLine(String label, String value) {
    }

    /** The store kinds the wizard offers from: pools, server placement groups, and the pools' SPP placement groups. */
    private static final List<ResourceKind> KINDS = List.of(ResourceKind.SHARED_PROCESSOR_POOLS,
            ResourceKind.PLACEMENT_GROUPS, ResourceKind.SPP_PLACEMENT_GROUPS);

    private final ProvisioningService service;
    private final InventoryService inventory;
    private final WorkspaceScope where;
    private final String workspaceName;
    private Confirmation.Scope scope;
    private final ActionListener progress;
    private final Consumer<List<PvmInstance>> onCreated;
    private final Messages messages;
    private final CreateInstanceForm form;
    private final ObservableList<ImageChoice> images = FXCollections.observableArrayList();
    private final ObservableList<String> sshKeys = FXCollections.observableArrayList("");
    private final ObservableList<SummaryLine> summary = FXCollections.observableArrayList();
    private final ObservableList<String> systemTypes = FXCollections.observableArrayList();
    private final ObservableList<String> storageTiers = FXCollections.observableArrayList();
    private final ObservableList<String> storagePools = FXCollections.observableArrayList("");
    private final ObservableList<SharedProcessorPool> pools = FXCollections.observableArrayList();
    private final ObservableList<PlacementGroup> placementGroups = FXCollections.observableArrayList();
    private List<SppPlacementGroup> sppPlacementGroups = List.of();
    private List<InventoryService.Need> needs = List.of();
    private final InventoryListener storeListener = (PoolsAndGroupsListener) this::changed;
    private final ObservableList<SapProfile> sapProfiles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper catalogLoading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper catalogProgress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> catalogProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper catalogNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sppGroupText = new ReadOnlyStringWrapper("");
    private CreateCatalog catalog;
    private TaskHandle catalogPending = TaskHandle.none();
    private boolean sapRequested;
    private final ReadOnlyObjectWrapper<CreateStep> step = new ReadOnlyObjectWrapper<>(CreateStep.BASICS);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper quotaText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canGoNext;
    private final BooleanBinding canCreate;
    private TaskHandle pending = TaskHandle.none();

    /** A wizard creating in {@code where}; the store's pools and groups of that workspace are what it offers. */
    public CreateInstanceViewModel(ProvisioningService service, InventoryService inventory, WorkspaceScope where,
                                   ActionListener progress, Consumer<List<PvmInstance>> onCreated, Messages messages) {
        this.service = service;
        this.inventory = inventory;
        this.where = where;
        this.workspaceName = where.workspaceName();
        this.progress = progress;
        this.onCreated = onCreated;
        this.messages = messages;
        this.form = new CreateInstanceForm(messages);
        canGoNext = Bindings.createBooleanBinding(
                () -> step.get() != CreateStep.SUMMARY && !loading.get() && !catalogLoading.get()
                        && form.valid(step.get()),
                step, loading, catalogLoading, form.basicsValidProperty(), form.sizeValidProperty(), form.networkValidProperty(),
                form.storageValidProperty());
        canCreate = Bindings.createBooleanBinding(
                () -> step.get() == CreateStep.SUMMARY && !submitting.get() && form.allValid(),
                step, submitting, form.basicsValidProperty(), form.sizeValidProperty(), form.networkValidProperty(),
                form.storageValidProperty());
        form.imageProperty().addListener((obs, old, now) -> {
            if (form.isSap()) {
                loadSapProfiles();
            }
        });
        form.poolProperty().addListener((obs, old, now) -> sppGroupText.set(sppGroupsOf(now)));
        // A ticked network's details are read then, once: its CIDR checks the fixed IP.
        form.networks().addListener((javafx.collections.ListChangeListener<NetworkChoice>) change -> {
            while (change.next()) {
                if (change.wasUpdated()) {
                    change.getList().subList(change.getFrom(), change.getTo()).forEach(this::detailsWhenTicked);
                }
            }
        });
    }

    /**
     * Loads images, networks, keys, volumes and the quota of the workspace, and its live catalog beside them; needs
     * the store's pools and groups of the workspace until {@link #close()} (listed now only if no view holds them).
     */
    public void load() {
        loading.set(true);
        problem.set(null);
        pending = service.loadCreateOptions(where, workspaceName).onSuccess(this::apply).onFailure(failure -> {
            loading.set(false);
            problem.set(failure);
        });
        loadCatalog();
        if (needs.isEmpty()) {
            inventory.addListener(storeListener);
            needs = KINDS.stream().map(kind -> inventory.need(where, kind)).toList();
        }
        offerStoreChoices();
    }

    private void changed(WorkspaceScope scope) {
        if (scope.equals(where) && !needs.isEmpty()) {
            offerStoreChoices();
        }
    }

    /**
     * The pools and placement groups as the store has them, by name; a choice already made follows its record by
     * id (a pool's free cores change as the store learns of them), and is cleared if the record went away.
     */
    private void offerStoreChoices() {
        String chosenPool = form.poolProperty().get() == null ? null : form.poolProperty().get().id();
        String chosenGroup = form.placementGroupProperty().get() == null ? null : form.placementGroupProperty().get().id();
        StoreRows.sync(pools, inventory.sharedProcessorPools(where).stream()
                .sorted(Comparator.comparing(p -> Objects.requireNonNullElse(p.name(), ""))).toList(),
                SharedProcessorPool::id);
        StoreRows.sync(placementGroups, inventory.placementGroups(where).stream()
                .sorted(Comparator.comparing(g -> Objects.requireNonNullElse(g.name(), ""))).toList(),
                PlacementGroup::id);
        sppPlacementGroups = List.copyOf(inventory.sppPlacementGroups(where));
        SharedProcessorPool pool = pools.stream().filter(p -> p.id().equals(chosenPool)).findFirst().orElse(null);
        if (form.poolProperty().get() != pool) {
            form.poolProperty().set(pool);
        }
        PlacementGroup group = placementGroups.stream().filter(g -> g.id().equals(chosenGroup)).findFirst().orElse(null);
        if (form.placementGroupProperty().get() != group) {
            form.placementGroupProperty().set(group);
        }
        sppGroupText.set(sppGroupsOf(form.poolProperty().get()));
    }

    private void loadCatalog() {
        catalogLoading.set(true);
        catalogProblem.set(null);
        catalogNote.set("");
        catalogPending = service.catalog().forCreate(where, workspaceName,
                        (fraction, message) -> catalogProgress.set(message == null ? "" : message))
                .onSuccess(this::applyCatalog)
                .onFailure(this::catalogFailed);
    }

    private void applyCatalog(CreateCatalog loaded) {
        catalog = loaded;
        WorkspaceOffer offer = loaded.offer();
        List<String> types = offer.systemTypes().stream().map(WorkspaceOffer.SystemTypeOffer::type).toList();
        offerLists(types, offer.storageTiers());
        storagePools.setAll(new ArrayList<>(List.of("")));
        loaded.storagePools().forEach(p -> storagePools.add(p.name()));
        form.offer(offer);
        catalogNote.set(types.isEmpty() ? messages.get("create.catalog.noTypes", workspaceName)
                : messages.get("create.catalog.live", workspaceName, types.size(), offer.storageTiers().size()));
        catalogLoading.set(false);
    }

    /** Not silent: the note says the lists are the service's standard ones, and the banner gives the hint. */
    private void catalogFailed(Problem failure) {
        catalog = null;
        offerLists(SizeRules.SYSTEM_TYPES, SizeRules.STORAGE_TIERS);
        form.offer(null);
        catalogProblem.set(failure);
        catalogNote.set(messages.get("create.catalog.fallback", failure.statusLabel(),
                failure.hint() == null ? "" : failure.hint()));
        catalogLoading.set(false);
    }

    private void offerLists(List<String> types, List<String> tiers) {
        String wantedType = form.sysTypeProperty().get();
        systemTypes.setAll(types);
        form.sysTypeProperty().set(types.contains(wantedType) ? wantedType : types.isEmpty() ? "" : types.get(0));
        String wantedTier = form.storageTierProperty().get();
        storageTiers.setAll(tiers);
        form.storageTierProperty().set(tiers.contains(wantedTier) || tiers.isEmpty() ? wantedTier : tiers.get(0));
    }

    /** "s1022 · up to 40 cores, 2048 GB on one host" when the live catalog has it; the bare type otherwise. */
    public String systemTypeLabel(String type) {
        if (type == null || type.isBlank()) {
            return "";
        }
        return catalog == null ? type : catalog.offer().systemType(type)
                .map(t -> messages.get("create.sysType.capacity", type, SizeRules.format(t.maxCores()), t.maxMemoryGb()))
                .orElse(type);
    }

    /** A storage pool with its tier and the largest volume it can take; "Automatic" for none. */
    public String storagePoolLabel(String pool) {
        if (pool == null || pool.isBlank()) {
            return messages.get("create.storagePool.auto");
        }
        return catalog == null ? pool : catalog.storagePools().stream().filter(p -> p.name().equals(pool))
                .findFirst().map(p -> messages.get("create.storagePool.row", p.name(), p.tier(), p.maxAllocationGb()))
                .orElse(pool);
    }

    public String poolLabel(SharedProcessorPool pool) {
        return pool == null ? messages.get("create.spp.none") : messages.get("create.spp.row", pool.name(),
                pool.hostGroup(), SizeRules.format(pool.availableCores() == null ? 0 : pool.availableCores()),
                pool.reservedCores() == null ? 0 : pool.reservedCores());
    }

    public String placementGroupLabel(PlacementGroup group) {
        return group == null ? messages.get("create.placement.none")
                : messages.get("create.placement.row", group.name(), group.policy());
    }

    public String sapProfileLabel(SapProfile profile) {
        return profile == null ? "" : messages.get("create.sap.row", profile.profileID(), profile.type(),
                profile.cores(), profile.memory());
    }

    private String sppGroupsOf(SharedProcessorPool pool) {
        if (pool == null) {
            return "";
        }
        // The service lists a group's pools by id or by name.
        List<String> names = sppPlacementGroups.stream().filter(g -> g.memberSharedProcessorPools() != null
                        && (g.memberSharedProcessorPools().contains(pool.id())
                        || g.memberSharedProcessorPools().contains(pool.name())))
                .map(g -> messages.get("create.placement.row", g.name(), g.policy())).toList();
        return names.isEmpty() ? "" : messages.get("create.spp.groups", String.join(", ", names));
    }

    private void loadSapProfiles() {
        if (sapRequested) {
            return;
        }
        sapRequested = true;
        service.loadSapProfiles(where).onSuccess(profiles -> {
            sapProfiles.setAll(profiles.stream().filter(p -> !Boolean.TRUE.equals(p.deprecated())).toList());
        }).onFailure(failure -> {
            sapRequested = false;
            problem.set(failure);
        });
    }

    private void detailsWhenTicked(NetworkChoice choice) {
        if (!choice.isSelected() || choice.detailProperty().get() != null || requestedDetails.contains(choice.id())) {
            return;
        }
        requestedDetails.add(choice.id());
        service.loadNetwork(where, choice.id()).onSuccess(choice.detailProperty()::set)
                .onFailure(failure -> requestedDetails.remove(choice.id()));
    }

    private final java.util.Set<String> requestedDetails = new java.util.HashSet<>();

    private void apply(CreateOptions options) {
        List<ImageChoice> choices = new ArrayList<>();
        options.images().forEach(i -> choices.add(new ImageChoice(i, false, label(i, "create.image.workspace"))));
        options.stockImages().forEach(i -> choices.add(new ImageChoice(i, true, label(i, "create.image.stock"))));
        images.setAll(choices);
        form.networks().setAll(options.networks().stream().map(n -> new NetworkChoice(n,
                messages.get("create.network.row", n.name(), n.type(), n.vlanID() == null ? "" : SizeRules.format(n.vlanID()))))
                .toList());
        form.volumes().setAll(options.availableVolumes().stream().map(v -> new Choice<>(v, volumeLabel(v))).toList());
        sshKeys.setAll(new ArrayList<>(List.of("")));
        options.sshKeys().forEach(key -> sshKeys.add(key.name()));
        form.limits(options.quota(), options.takenNames());
        quotaText.set(messages.get("create.quota", SizeRules.format(options.quota().instancesLeft()),
                SizeRules.format(options.quota().processorsLeft()), SizeRules.format(options.quota().memoryLeftGb()),
                options.quota().instancesLeft(), options.quota().processorsLeft()));
        loading.set(false);
    }

    private String label(ImageReference image, String key) {
        String os = image.specifications() == null || image.specifications().operatingSystem() == null ? ""
                : image.specifications().operatingSystem();
        return messages.get(key, image.name(), os);
    }

    private static String volumeLabel(VolumeReference volume) {
        return volume.name() + " (" + SizeRules.format(volume.size() == null ? 0 : volume.size()) + " GB, "
                + volume.diskType() + ")";
    }

    public void next() {
        if (canGoNext.get()) {
            step.set(step.get().next());
            if (step.get() == CreateStep.SUMMARY) {
                summary.setAll(summaryLines());
            }
        }
    }

    public void back() {
        if (!submitting.get()) {
            step.set(step.get().previous());
        }
    }

    /**
     * The create the Review page would send, as code in this workspace; empty until every page is valid, and for
     * SAP profiles (the code generator has no SAP create).
     */
    public java.util.Optional<com.pvsconsole.service.code.GeneratedCode> code() {
        if (!form.allValid() || form.isSap()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(com.pvsconsole.ui.code.CopyAsCode.code(com.pvsconsole.service.code.CodeTarget
                .of(where, workspaceName), new com.pvsconsole.service.code.CodeAction.CreateInstance(form.request())));
    }

    /** Sends the request; nothing is sent unless every page is valid. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        submitting.set(true);
        problem.set(null);
        Pending<List<PvmInstance>> sent = form.isSap() ? service.createSap(where, form.sapRequest(), progress)
                : service.create(where, form.request(), progress);
        pending = sent.onSuccess(created -> {
            submitting.set(false);
            onCreated.accept(created);
            done.set(true);
        }).onFailure(failure -> {
            submitting.set(false);
            problem.set(failure);
        });
    }

    /**
     * Closing the wizard stops a load and gives the store's pools and groups back (the last view to release them
     * stops their refreshes); a create already sent is left to finish (it may have been accepted). Idempotent.
     */
    public void close() {
        if (loading.get()) {
            pending.cancel();
            loading.set(false);
        }
        if (catalogLoading.get()) {
            catalogPending.cancel();
            catalogLoading.set(false);
        }
        inventory.removeListener(storeListener);
        needs.forEach(InventoryService.Need::release);
        needs = List.of();
    }

    public void dismissProblem() {
        problem.set(null);
    }

    /** Names the workspace and region on the Review page as the top bar does; returns this for chaining. */
    public CreateInstanceViewModel actingIn(Confirmation.Scope where) {
        this.scope = where;
        return this;
    }

    private List<SummaryLine> summaryLines() {
        List<SummaryLine> lines = new ArrayList<>();
        // Where it will be created, first: a new server in the wrong workspace is an expensive mistake.
        String region = scope != null && !scope.region().isBlank() ? scope.region() : where.region();
        lines.add(line("create.summary.where", messages.get("confirm.scope", workspaceName, region)));
        lines.add(line("create.name", form.nameProperty().get().strip()));
        lines.add(line("create.image", form.imageProperty().get() == null ? "" : form.imageProperty().get().label()));
        form.licences().ifPresent(l -> lines.add(line("create.licences", licenceText(l))));
        lines.add(line("create.sysType", systemTypeLabel(form.sysTypeProperty().get())));
        if (form.isSap()) {
            lines.add(line("create.sapProfile", sapProfileLabel(form.sapProfileProperty().get())));
        } else {
            lines.add(line("create.procType", form.procTypeProperty().get()));
            lines.add(line("create.processors", form.processorsProperty().get().strip()));
            lines.add(line("create.memory", form.memoryProperty().get().strip()));
            lines.add(line("create.spp", poolLabel(form.poolProperty().get())));
        }
        lines.add(line("create.placement", placementGroupLabel(form.placementGroupProperty().get())));
        lines.add(line("create.networks", String.join(", ", form.selectedNetworks().stream()
                .map(n -> messages.get("create.summary.networks", n.name(),
                        n.fixedIp().isEmpty() ? "" : " (" + n.fixedIp() + ")")).toList())));
        String key = form.sshKeyProperty().get();
        lines.add(line("create.sshKey", key == null || key.isBlank() ? messages.get("create.sshKey.none") : key));
        lines.add(line("create.storage", form.storageTierProperty().get()));
        lines.add(line("create.storagePool", storagePoolLabel(form.storagePoolProperty().get())));
        List<String> volumes = form.selectedVolumes().stream().map(VolumeReference::name).toList();
        lines.add(line("create.volumes", volumes.isEmpty() ? messages.get("create.summary.none") : String.join(", ", volumes)));
        String data = form.userDataProperty().get();
        lines.add(line("create.userData", data == null || data.isBlank() ? messages.get("create.summary.none")
                : messages.get("create.summary.lines", data.lines().count())));
        return lines;
    }

    private String licenceText(com.pvsconsole.api.model.SoftwareLicenses licences) {
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(licences.ibmiCSS())) {
            parts.add(messages.get("licence.css"));
        }
        if (Boolean.TRUE.equals(licences.ibmiPHA())) {
            parts.add(messages.get("licence.pha"));
        }
        if (Boolean.TRUE.equals(licences.ibmiRDS())) {
            parts.add(messages.get("licence.rds.summary", licences.ibmiRDSUsers()));
        }
        return String.join(", ", parts);
    }

    private SummaryLine line(String key, String value) {
        return new SummaryLine(messages.get(key), value);
    }

    public CreateInstanceForm form() {
        return form;
    }

    public ObservableList<ImageChoice> images() {
        return images;
    }

    public ObservableList<String> sshKeys() {
        return sshKeys;
    }

    public ObservableList<String> systemTypes() {
        return systemTypes;
    }

    public ObservableList<String> storageTiers() {
        return storageTiers;
    }

    public ObservableList<String> storagePools() {
        return storagePools;
    }

    public ObservableList<SharedProcessorPool> pools() {
        return pools;
    }

    public ObservableList<PlacementGroup> placementGroups() {
        return placementGroups;
    }

    public ObservableList<SapProfile> sapProfiles() {
        return sapProfiles;
    }

    public ReadOnlyBooleanProperty catalogLoadingProperty() {
        return catalogLoading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty catalogProgressProperty() {
        return catalogProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> catalogProblemProperty() {
        return catalogProblem.getReadOnlyProperty();
    }

    /** What the type and tier lists are: the workspace's live catalog, or the standard lists and why. */
    public ReadOnlyStringProperty catalogNoteProperty() {
        return catalogNote.getReadOnlyProperty();
    }

    /** The SPP placement groups the chosen pool belongs to (they decide which host the pool sits on). */
    public ReadOnlyStringProperty sppGroupTextProperty() {
        return sppGroupText.getReadOnlyProperty();
    }

    public void dismissCatalogProblem() {
        catalogProblem.set(null);
    }

    public ObservableList<SummaryLine> summary() {
        return summary;
    }

    public ReadOnlyObjectProperty<CreateStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quotaTextProperty() {
        return quotaText.getReadOnlyProperty();
    }
}
