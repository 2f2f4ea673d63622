package com.pvsconsole.ui.instances.create;

import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.provisioning.CreateOptions;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Choice;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.Confirmation;
import java.util.ArrayList;
import java.util.List;
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
 * The create-instance wizard: loads what the workspace offers, walks the pages (Next only while
 * the page is valid), shows a summary and sends the request only from a valid form. A refusal
 * from the service (400, 409...) shows as a problem in the wizard and keeps every input.
 */
public final class CreateInstanceViewModel {

    /** One line of the summary page. */
    public record SummaryLine(String label, String value) {
    }

    private final ProvisioningService service;
    private final WorkspaceContext ctx;
    private final String workspaceName;
    private Confirmation.Scope scope;
    private final ActionListener progress;
    private final Consumer<List<PvmInstance>> onCreated;
    private final Messages messages;
    private final CreateInstanceForm form;
    private final ObservableList<ImageChoice> images = FXCollections.observableArrayList();
    private final ObservableList<String> sshKeys = FXCollections.observableArrayList("");
    private final ObservableList<SummaryLine> summary = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CreateStep> step = new ReadOnlyObjectWrapper<>(CreateStep.BASICS);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper quotaText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canGoNext;
    private final BooleanBinding canCreate;
    private TaskHandle pending = TaskHandle.none();

    public CreateInstanceViewModel(ProvisioningService service, WorkspaceContext ctx, String workspaceName,
                                   ActionListener progress, Consumer<List<PvmInstance>> onCreated, Messages messages) {
        this.service = service;
        this.ctx = ctx;
        this.workspaceName = workspaceName;
        this.progress = progress;
        this.onCreated = onCreated;
        this.messages = messages;
        this.form = new CreateInstanceForm(messages);
        canGoNext = Bindings.createBooleanBinding(
                () -> step.get() != CreateStep.SUMMARY && !loading.get() && form.valid(step.get()),
                step, loading, form.basicsValidProperty(), form.sizeValidProperty(), form.networkValidProperty(),
                form.storageValidProperty());
        canCreate = Bindings.createBooleanBinding(
                () -> step.get() == CreateStep.SUMMARY && !submitting.get() && form.allValid(),
                step, submitting, form.basicsValidProperty(), form.sizeValidProperty(), form.networkValidProperty(),
                form.storageValidProperty());
    }

    /** Loads images, networks, keys, volumes and the quota of the workspace. */
    public void load() {
        loading.set(true);
        problem.set(null);
        pending = service.loadCreateOptions(ctx, workspaceName).onSuccess(this::apply).onFailure(failure -> {
            loading.set(false);
            problem.set(failure);
        });
    }

    private void apply(CreateOptions options) {
        List<ImageChoice> choices = new ArrayList<>();
        options.images().forEach(i -> choices.add(new ImageChoice(i, false, label(i, "create.image.workspace"))));
        options.stockImages().forEach(i -> choices.add(new ImageChoice(i, true, label(i, "create.image.stock"))));
        images.setAll(choices);
        form.networks().setAll(options.networks().stream().map(n -> new NetworkChoice(n,
                messages.get("create.network.row", n.name(), n.type(), n.cidr() == null ? "" : n.cidr()))).toList());
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

    /** Sends the request; nothing is sent unless every page is valid. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        submitting.set(true);
        problem.set(null);
        pending = service.create(ctx, form.request(), progress).onSuccess(created -> {
            submitting.set(false);
            onCreated.accept(created);
            done.set(true);
        }).onFailure(failure -> {
            submitting.set(false);
            problem.set(failure);
        });
    }

    /** Closing the wizard stops a load; a create already sent is left to finish (it may have been accepted). */
    public void cancel() {
        if (loading.get()) {
            pending.cancel();
            loading.set(false);
        }
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
        String region = scope != null && !scope.region().isBlank() ? scope.region() : ctx.endpoint().region();
        lines.add(line("create.summary.where", messages.get("confirm.scope", workspaceName, region)));
        lines.add(line("create.name", form.nameProperty().get().strip()));
        lines.add(line("create.image", form.imageProperty().get() == null ? "" : form.imageProperty().get().label()));
        lines.add(line("create.sysType", form.sysTypeProperty().get()));
        lines.add(line("create.procType", form.procTypeProperty().get()));
        lines.add(line("create.processors", form.processorsProperty().get().strip()));
        lines.add(line("create.memory", form.memoryProperty().get().strip()));
        lines.add(line("create.networks", String.join(", ", form.selectedNetworks().stream()
                .map(n -> messages.get("create.summary.networks", n.name(),
                        n.fixedIp().isEmpty() ? "" : " (" + n.fixedIp() + ")")).toList())));
        String key = form.sshKeyProperty().get();
        lines.add(line("create.sshKey", key == null || key.isBlank() ? messages.get("create.sshKey.none") : key));
        lines.add(line("create.storage", form.storageTierProperty().get()));
        List<String> volumes = form.selectedVolumes().stream().map(VolumeReference::name).toList();
        lines.add(line("create.volumes", volumes.isEmpty() ? messages.get("create.summary.none") : String.join(", ", volumes)));
        String data = form.userDataProperty().get();
        lines.add(line("create.userData", data == null || data.isBlank() ? messages.get("create.summary.none")
                : messages.get("create.summary.lines", data.lines().count())));
        return lines;
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
