package com.pvsconsole.ui.accounts;

import com.pvsconsole.service.accounts.AccountKind;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.AccountService;
import com.pvsconsole.service.accounts.DiscoveryResult;
import com.pvsconsole.service.accounts.Secret;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The API key dialog's state for an account whose key IBM Cloud refused: the new key, the check
 * (sign-in, then workspace discovery), its failure (the key stays as typed) and success (the key
 * is kept as the account's and the account reopens). The key never leaves this model but to the
 * account service.
 */
public final class ApiKeyViewModel implements AccountService.KeyListener {

    private final AccountService accounts;
    private final AccountProfile profile;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty key = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper keyProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private TaskHandle check = TaskHandle.none();

    public ApiKeyViewModel(AccountService accounts, AccountProfile profile, DialogService dialogs, Messages messages) {
        this.accounts = accounts;
        this.profile = profile;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** True for the {@code PVS_CONSOLE_API_KEY} account: the key is for this run only. */
    public boolean forThisRunOnly() {
        return profile.kind() == AccountKind.ENVIRONMENT;
    }

    public String accountName() {
        return profile.name();
    }

    /** Checks the typed key; an empty one is refused here, before any call. */
    public void check() {
        if (busy.get()) {
            return;
        }
        Secret typed = Secret.of(key.get() == null ? "" : key.get()).trimmed();
        problem.set(null);
        if (typed.isEmpty()) {
            keyProblem.set(messages.get("apiKey.empty"));
            return;
        }
        keyProblem.set("");
        busy.set(true);
        status.set(messages.get("addAccount.signingIn"));
        check = accounts.replaceKey(profile, typed, this);
    }

    /** Stops the check in flight; the key stays as typed. */
    public void cancel() {
        if (busy.get()) {
            check.cancel();
            busy.set(false);
            status.set(messages.get("addAccount.cancelled"));
        }
    }

    @Override
    public void progress(int doneRegions, int totalRegions) {
        status.set(totalRegions == 0 ? messages.get("addAccount.signingIn")
                : messages.get("addAccount.discovering", doneRegions, totalRegions));
    }

    @Override
    public void succeeded(DiscoveryResult result) {
        // the service keeps the key next and reports through keyReplaced()
    }

    @Override
    public void failed(Problem failure) {
        busy.set(false);
        status.set("");
        problem.set(failure);
    }

    @Override
    public void keyReplaced(AccountProfile replaced, DiscoveryResult result) {
        busy.set(false);
        key.set("");
        dialogs.notify(messages.get(forThisRunOnly() ? "apiKey.usedForRun" : "apiKey.saved", replaced.name(),
                result.workspaces().size()));
        done.set(true);
    }

    public void dismissProblem() {
        problem.set(null);
    }

    /** The key as typed; cleared once accepted. */
    public StringProperty keyProperty() {
        return key;
    }

    /** What is wrong with the typed key before any call (empty when nothing). */
    public ReadOnlyStringProperty keyProblemProperty() {
        return keyProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the key was accepted and kept: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
