package com.pvsconsole.ui.instances.change;

import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.jobs.JobListener;
import com.pvsconsole.service.jobs.TrackedJob;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.ui.common.Choice;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Capture of one instance into the workspace's image catalog: the image name (checked as typed)
 * and the data volumes to include. The service answers with a job, which the job tracker
 * follows to the end in Activity; its end is also announced as a notification.
 */
public final class CaptureViewModel {

    private final ProvisioningService service;
    private final WorkspaceScope workspace;
    private final InstanceTarget target;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty name;
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ObservableList<Choice<VolumeReference>> volumes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();

    public CaptureViewModel(ProvisioningService service, WorkspaceScope workspace, InstanceTarget target,
                            DialogService dialogs, Messages messages) {
        this.service = service;
        this.workspace = workspace;
        this.target = target;
        this.dialogs = dialogs;
        this.messages = messages;
        this.name = new SimpleStringProperty(target.name() + "-capture");
        name.addListener(observable -> validate());
        validate();
    }

    /** Lists the instance's data volumes (the boot volume is always captured). */
    public void load() {
        service.loadDataVolumes(workspace, target).onSuccess(list -> {
            volumes.setAll(list.stream().map(v -> new Choice<>(v, v.name() + " ("
                    + SizeRules.format(v.size() == null ? 0 : v.size()) + " GB)")).toList());
            loaded.set(true);
        }).onFailure(failure -> {
            loaded.set(true);
            problem.set(failure);
        });
    }

    private void validate() {
        nameError.set(SizeRules.name(name.get(), List.of())
                .map(v -> messages.get(v.key().equals("rule.name.required") ? "rule.capture.nameRequired" : v.key(),
                        v.argArray()))
                .orElse(""));
    }

    public boolean valid() {
        return nameError.get().isEmpty();
    }

    /** The capture Submit would send now, as code in the server's workspace; empty while the name is wrong. */
    public java.util.Optional<com.pvsconsole.service.code.GeneratedCode> code() {
        if (!valid()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(com.pvsconsole.ui.code.CopyAsCode.code(com.pvsconsole.service.code.CodeTarget
                .of(workspace, null), new com.pvsconsole.service.code.CodeAction.CaptureInstance(
                        new com.pvsconsole.service.code.CodeAction.Ref(target.id(), target.name()), request())));
    }

    private PvmInstanceCapture request() {
        List<String> volumeIds = volumes.stream().filter(Choice::isSelected).map(c -> c.item().volumeID()).toList();
        return PvmInstanceCapture.toImageCatalog(name.get().strip(), volumeIds);
    }

    public void submit() {
        if (!valid() || submitting.get()) {
            return;
        }
        submitting.set(true);
        problem.set(null);
        String imageName = name.get().strip();
        service.capture(workspace, target, request(), new JobListener() {
            @Override
            public void jobFinished(TrackedJob job, boolean completed) {
                dialogs.notify(completed ? messages.get("capture.completed", imageName, target.name())
                        : messages.get("capture.failed", target.name(), job.message()));
            }
        }).onSuccess(reference -> {
            submitting.set(false);
            dialogs.notify(messages.get("capture.queued", target.name()));
            done.set(true);
        }).onFailure(failure -> {
            submitting.set(false);
            problem.set(failure);
        });
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public String instanceName() {
        return target.name();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ObservableList<Choice<VolumeReference>> volumes() {
        return volumes;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
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
}
