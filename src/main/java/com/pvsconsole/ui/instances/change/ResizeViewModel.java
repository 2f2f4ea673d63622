package com.pvsconsole.ui.instances.change;

import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.catalog.WorkspaceOffer;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.provisioning.Quota;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Resize of one instance: processor type, processors and memory checked as typed against the
 * rules and what the quota allows once the instance's own share is given back; asks before
 * sending; once accepted the instance is followed until it rests again.
 */
public final class ResizeViewModel {

    /** The instance as it is now; {@code sysType} may be blank when the list did not say. */
    public record Current(String procType, double processors, double memoryGb, String sysType) {

        public Current(String procType, double processors, double memoryGb) {
            this(procType, processors, memoryGb, "");
        }
    }

    private static final com.pvsconsole.service.code.CodeGenerator RESIZE_CODE =
            com.pvsconsole.service.code.CodeGenerator.forIbmCloud(com.pvsconsole.api.region.RegionCatalog.loadDefault());

    private final ProvisioningService service;
    private final WorkspaceScope workspace;
    private final InstanceTarget target;
    private final Current current;
    private final ActionListener progress;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty procType;
    private final StringProperty processors;
    private final StringProperty memory;
    private final ReadOnlyStringWrapper processorsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memoryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper allowed = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hostNote = new ReadOnlyStringWrapper("");
    private Quota quota = Quota.UNLIMITED;
    private WorkspaceOffer offer;
    private Confirmation.Scope scope;

    public ResizeViewModel(ProvisioningService service, WorkspaceScope workspace, InstanceTarget target, Current current,
                           ActionListener progress, DialogService dialogs, Messages messages) {
        this.service = service;
        this.workspace = workspace;
        this.target = target;
        this.current = current;
        this.progress = progress;
        this.dialogs = dialogs;
        this.messages = messages;
        this.procType = new SimpleStringProperty(current.procType() == null || current.procType().isBlank()
                ? "shared" : current.procType());
        this.processors = new SimpleStringProperty(SizeRules.format(current.processors()));
        this.memory = new SimpleStringProperty(SizeRules.format(current.memoryGb()));
        for (Observable input : List.<Observable>of(procType, processors, memory)) {
            input.addListener(observable -> validate());
        }
        validate();
    }

    /**
     * Reads the quota (the instance's own processors and memory count as available to it) and the live
     * system pools: growth must fit the free cores and memory of a host of the instance's system type.
     */
    public void load() {
        service.loadQuota(workspace, target.name()).onSuccess(loaded -> {
            quota = loaded.releasing(current.processors(), current.memoryGb());
            validate();
        }).onFailure(problem::set);
        if (current.sysType() != null && !current.sysType().isBlank()) {
            service.catalog().offer(workspace).onSuccess(loaded -> {
                offer = loaded;
                validate();
            }).onFailure(failure -> hostNote.set(messages.get("resize.host.unknown", failure.statusLabel(),
                    failure.hint() == null ? "" : failure.hint())));
        }
    }

    private void validate() {
        processorsError.set(text(SizeRules.processors(procType.get(), processors.get(), quota)));
        memoryError.set(text(SizeRules.memory(memory.get(), quota)));
        hostError.set(processorsError.get().isEmpty() && memoryError.get().isEmpty() ? hostProblem() : "");
        boolean fieldsValid = processorsError.get().isEmpty() && memoryError.get().isEmpty()
                && hostError.get().isEmpty();
        boolean changed = fieldsValid && (!procType.get().equalsIgnoreCase(current.procType())
                || SizeRules.number(processors.get()).orElse(-1.0) != current.processors()
                || SizeRules.number(memory.get()).orElse(-1.0) != current.memoryGb());
        formMessage.set(fieldsValid && !changed ? messages.get("resize.unchanged") : "");
        allowed.set(messages.get("resize.header", SizeRules.format(current.processors()), current.procType(),
                SizeRules.format(current.memoryGb()),
                SizeRules.format(Math.min(quota.maxProcessorsPerInstance(), quota.processorsLeft())),
                SizeRules.format(SizeRules.MIN_MEMORY_GB),
                SizeRules.format(Math.min(quota.maxMemoryPerInstanceGb(), quota.memoryLeftGb())), current.processors()));
        valid.set(fieldsValid && changed);
    }

    /** The growth (beyond what the instance holds) against the live pool of its system type. */
    private String hostProblem() {
        if (offer == null) {
            return "";
        }
        double grownCores = Math.max(0, SizeRules.number(processors.get()).orElse(0.0) - current.processors());
        double grownMemory = Math.max(0, SizeRules.number(memory.get()).orElse(0.0) - current.memoryGb());
        offer.systemType(current.sysType()).ifPresent(t -> hostNote.set(messages.get("resize.host.note",
                current.sysType(), SizeRules.format(t.maxCores()), t.maxMemoryGb())));
        return offer.fitProblem(current.sysType(), grownCores, grownMemory)
                .map(v -> messages.get(v.key().equals("rule.host.fit") ? "resize.host.fit" : v.key(), v.argArray()))
                .orElse("");
    }

    /** Names the workspace and region in the confirmation; returns this for chaining. */
    public ResizeViewModel actingIn(Confirmation.Scope actingIn) {
        this.scope = actingIn;
        return this;
    }

    /** Resizing a running server changes it under its workload: a risky confirmation. */
    private boolean running() {
        String status = target.status() == null ? "" : target.status().toUpperCase(java.util.Locale.ROOT);
        return status.equals("ACTIVE") || status.equals("WARNING");
    }

    private String text(Optional<Violation> violation) {
        return violation.map(v -> messages.get(v.key(), v.argArray())).orElse("");
    }

    /** Asks, then sends; nothing is sent while a field is invalid or nothing changed. */
    public void submit() {
        if (!valid.get() || submitting.get()) {
            return;
        }
        double newProcessors = SizeRules.number(processors.get()).orElseThrow();
        double newMemory = SizeRules.number(memory.get()).orElseThrow();
        String title = messages.get("resize.title", target.name());
        String consequence = messages.get(running() ? "resize.confirmRunning" : "resize.confirm", target.name(),
                SizeRules.format(newProcessors), procType.get(), SizeRules.format(newMemory), newProcessors);
        PvmInstanceUpdate request = PvmInstanceUpdate.builder().procType(procType.get()).processors(newProcessors)
                .memory(newMemory).build();
        // Copy as code shows the very request below, in the server's own workspace.
        com.pvsconsole.service.code.CodeTarget codeTarget = com.pvsconsole.service.code.CodeTarget.of(workspace,
                scope == null || scope.workspace().isBlank() ? null : scope.workspace());
        if (!dialogs.confirm(new Confirmation(title, consequence, messages.get("resize.submit"), scope, running())
                .withCode(() -> java.util.Optional.of(RESIZE_CODE.generate(codeTarget,
                        new com.pvsconsole.service.code.CodeAction.ResizeInstance(
                                new com.pvsconsole.service.code.CodeAction.Ref(target.id(), target.name()), request)))))) {
            return;
        }
        submitting.set(true);
        problem.set(null);
        service.resize(workspace, target, request, progress).onSuccess(answer -> {
            submitting.set(false);
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

    public StringProperty procTypeProperty() {
        return procType;
    }

    public StringProperty processorsProperty() {
        return processors;
    }

    public StringProperty memoryProperty() {
        return memory;
    }

    public ReadOnlyStringProperty processorsErrorProperty() {
        return processorsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryErrorProperty() {
        return memoryError.getReadOnlyProperty();
    }

    /** Growth that no host of the instance's system type can take, explained. */
    public ReadOnlyStringProperty hostErrorProperty() {
        return hostError.getReadOnlyProperty();
    }

    /** What one host of the instance's system type can still take (or why that is not known). */
    public ReadOnlyStringProperty hostNoteProperty() {
        return hostNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
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
