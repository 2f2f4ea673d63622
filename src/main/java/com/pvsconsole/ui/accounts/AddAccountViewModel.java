package com.pvsconsole.ui.accounts;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.service.accounts.AccountDraft;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.AccountService;
import com.pvsconsole.service.accounts.DiscoveryResult;
import com.pvsconsole.service.accounts.Secret;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add-account dialog's state: the fields, one problem per bad field, and the check in
 * progress (sign-in, then workspace discovery) with its progress, cancel and failure. A
 * failure keeps everything the user typed; success closes the dialog.
 */
public final class AddAccountViewModel implements AccountService.AddListener {

    private final AccountService accounts;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final BooleanProperty privateEndpoint = new SimpleBooleanProperty(false);
    private final StringProperty iamUrl = new SimpleStringProperty("");
    private final StringProperty apiUrlTemplate = new SimpleStringProperty("");
    private final StringProperty httpsProxy = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Map<AccountDraft.Field, String>> fieldProblems =
            new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private TaskHandle check = TaskHandle.none();

    public AddAccountViewModel(AccountService accounts, DialogService dialogs, Messages messages) {
        this.accounts = accounts;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Validates the fields and, when they are fine, starts checking the key. */
    public void connect() {
        if (busy.get()) {
            return;
        }
        AccountDraft draft = new AccountDraft(name.get(), Secret.of(key.get() == null ? "" : key.get()),
                privateEndpoint.get() ? EndpointType.PRIVATE : EndpointType.PUBLIC,
                iamUrl.get(), apiUrlTemplate.get(), httpsProxy.get());
        Map<AccountDraft.Field, String> problems = draft.problems(this::nameTaken);
        fieldProblems.set(problems);
        problem.set(null);
        if (!problems.isEmpty()) {
            return;
        }
        busy.set(true);
        check = accounts.add(draft, this);
    }

    /** Stops the check in flight; the fields stay as typed. */
    public void cancel() {
        if (busy.get()) {
            check.cancel();
            busy.set(false);
            progress.set(0);
            status.set(messages.get("addAccount.cancelled"));
        }
    }

    private boolean nameTaken(String candidate) {
        return accounts.accounts().stream().anyMatch(a -> a.name().strip().equalsIgnoreCase(candidate));
    }

    @Override
    public void progress(int doneRegions, int totalRegions) {
        if (totalRegions == 0) {
            progress.set(-1);
            status.set(messages.get("addAccount.signingIn"));
        } else {
            progress.set((double) doneRegions / totalRegions);
            status.set(messages.get("addAccount.discovering", doneRegions, totalRegions));
        }
    }

    @Override
    public void succeeded(DiscoveryResult result) {
        // the service saves next and reports through added()
    }

    @Override
    public void failed(Problem failure) {
        busy.set(false);
        progress.set(0);
        status.set("");
        problem.set(failure);
    }

    @Override
    public void added(AccountProfile profile, DiscoveryResult result, Optional<String> notice) {
        busy.set(false);
        progress.set(1);
        String summary = messages.get("addAccount.added", profile.name(), result.workspaces().size());
        if (!result.unreachableRegions().isEmpty()) {
            summary += " " + messages.get("addAccount.unreachable", result.unreachableRegions().size(),
                    String.join(", ", result.unreachableRegions().keySet()));
        }
        dialogs.notify(summary);
        notice.ifPresent(text -> dialogs.inform(messages.get("addAccount.title"), text));
        key.set("");
        done.set(true);
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The key as typed; cleared once the account is saved. */
    public StringProperty keyProperty() {
        return key;
    }

    public BooleanProperty privateEndpointProperty() {
        return privateEndpoint;
    }

    public StringProperty iamUrlProperty() {
        return iamUrl;
    }

    public StringProperty apiUrlTemplateProperty() {
        return apiUrlTemplate;
    }

    public StringProperty httpsProxyProperty() {
        return httpsProxy;
    }

    public ReadOnlyObjectProperty<Map<AccountDraft.Field, String>> fieldProblemsProperty() {
        return fieldProblems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the account is saved and current: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** 0..1 while regions are asked, negative (indeterminate) while signing in. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
