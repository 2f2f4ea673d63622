package com.pvsconsole.ui.instances.change;

import com.pvsconsole.api.model.ConsoleLanguage;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.provisioning.ProvisioningService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The console language of one instance: the languages the service offers for it, and setting one. */
public final class ConsoleLanguageViewModel {

    private final ProvisioningService service;
    private final WorkspaceScope workspace;
    private final InstanceTarget target;
    private final ObservableList<ConsoleLanguage> languages = FXCollections.observableArrayList();
    private final ObjectProperty<ConsoleLanguage> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();

    public ConsoleLanguageViewModel(ProvisioningService service, WorkspaceScope workspace, InstanceTarget target) {
        this.service = service;
        this.workspace = workspace;
        this.target = target;
        chosen.addListener((obs, old, now) -> valid.set(now != null));
    }

    /** Reads the languages the instance offers. */
    public void load() {
        service.loadConsoleLanguages(workspace, target).onSuccess(languages::setAll).onFailure(problem::set);
    }

    /** Sets the chosen language (open console sessions of the instance end). */
    public void submit() {
        if (!valid.get() || submitting.get()) {
            return;
        }
        submitting.set(true);
        problem.set(null);
        service.setConsoleLanguage(workspace, target, chosen.get().code()).onSuccess(answer -> {
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

    /** The language {@link #submit} would set now, as code; empty until one is chosen. */
    public java.util.Optional<com.pvsconsole.service.code.GeneratedCode> code() {
        if (!valid.get() || chosen.get() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(com.pvsconsole.ui.code.CopyAsCode.code(com.pvsconsole.service.code.CodeTarget
                .of(workspace, workspace.workspaceName()), new com.pvsconsole.service.code.CodeAction.SetConsoleLanguage(
                        new com.pvsconsole.service.code.CodeAction.Ref(target.id(), target.name()), chosen.get().code())));
    }

    public String instanceName() {
        return target.name();
    }

    public ObservableList<ConsoleLanguage> languages() {
        return languages;
    }

    public ObjectProperty<ConsoleLanguage> chosenProperty() {
        return chosen;
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
