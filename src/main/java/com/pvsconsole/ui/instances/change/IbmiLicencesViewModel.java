package com.pvsconsole.ui.instances.change;

import com.pvsconsole.api.model.SoftwareLicenses;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The IBM i licences of one instance (CSS, PHA, RDS with its users): shows what it has, sends only
 * {@code softwareLicenses} as an update (never with a resize: the service documents a timeout
 * then), and keeps the form open with the service's answer when it refuses.
 */
public final class IbmiLicencesViewModel {

    private final ProvisioningService service;
    private final WorkspaceScope workspace;
    private final InstanceTarget target;
    private final Messages messages;
    private final BooleanProperty css = new SimpleBooleanProperty(false);
    private final BooleanProperty pha = new SimpleBooleanProperty(false);
    private final BooleanProperty rds = new SimpleBooleanProperty(false);
    private final StringProperty rdsUsers = new SimpleStringProperty("1");
    private final ReadOnlyStringWrapper rdsUsersError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private SoftwareLicenses current;

    public IbmiLicencesViewModel(ProvisioningService service, WorkspaceScope workspace, InstanceTarget target,
                                 Messages messages) {
        this.service = service;
        this.workspace = workspace;
        this.target = target;
        this.messages = messages;
        for (Observable input : List.<Observable>of(css, pha, rds, rdsUsers, loaded)) {
            input.addListener(observable -> validate());
        }
        validate();
    }

    /** Reads the licences the instance has now. */
    public void load() {
        service.loadLicences(workspace, target).onSuccess(now -> {
            current = now;
            css.set(Boolean.TRUE.equals(now.ibmiCSS()));
            pha.set(Boolean.TRUE.equals(now.ibmiPHA()));
            rds.set(Boolean.TRUE.equals(now.ibmiRDS()));
            if (now.ibmiRDSUsers() != null && now.ibmiRDSUsers() > 0) {
                rdsUsers.set(String.valueOf(now.ibmiRDSUsers()));
            }
            loaded.set(true);
        }).onFailure(problem::set);
    }

    private void validate() {
        rdsUsersError.set(SizeRules.rdsUsers(rds.get(), rdsUsers.get())
                .map(v -> messages.get(v.key(), v.argArray())).orElse(""));
        valid.set(loaded.get() && rdsUsersError.get().isEmpty() && !wanted().equals(current));
    }

    private SoftwareLicenses wanted() {
        long users = rds.get() ? SizeRules.number(rdsUsers.get()).orElse(0.0).longValue() : 0;
        return new SoftwareLicenses(css.get(), current == null ? null : current.ibmiDBQ(), pha.get(),
                current == null ? null : current.ibmiPHAFSM(), current == null ? null : current.ibmiPHAFSMCount(),
                rds.get(), users);
    }

    /** The change {@link #submit} would send now, as code; empty while it cannot be sent. */
    public java.util.Optional<com.pvsconsole.service.code.GeneratedCode> code() {
        if (!valid.get()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(com.pvsconsole.ui.code.CopyAsCode.code(com.pvsconsole.service.code.CodeTarget
                .of(workspace, workspace.workspaceName()), new com.pvsconsole.service.code.CodeAction.ResizeInstance(
                        new com.pvsconsole.service.code.CodeAction.Ref(target.id(), target.name()),
                        com.pvsconsole.service.provisioning.ProvisioningService.licencesUpdate(wanted()))));
    }

    /** Sends the change; nothing is sent while the users are invalid or nothing changed. */
    public void submit() {
        if (!valid.get() || submitting.get()) {
            return;
        }
        submitting.set(true);
        problem.set(null);
        service.updateLicences(workspace, target, wanted()).onSuccess(answer -> {
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

    public ReadOnlyStringProperty rdsUsersErrorProperty() {
        return rdsUsersError.getReadOnlyProperty();
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
