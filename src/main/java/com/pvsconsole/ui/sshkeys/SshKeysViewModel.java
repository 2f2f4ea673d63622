package com.pvsconsole.ui.sshkeys;

import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.resources.SshKeyService;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import com.pvsconsole.ui.search.SearchModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The SSH keys page: the account's keys (loaded when the workspace changes or on Refresh), add
 * from pasted text or a file, delete with the typed name. UI thread only.
 */
public final class SshKeysViewModel {

    private final SshKeyService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<KeyLine> keys = FXCollections.observableArrayList();
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<KeyLine> readOnlyKeys = FXCollections.unmodifiableObservableList(keys);
    /** Keys belong to the account, not a workspace: no ws: or region: here. */
    private final SearchModel<KeyLine> search = new SearchModel<>(new SearchLanguage<>(
            SearchScope.<KeyLine>of("SSH keys")
                    .textInFreeText(SearchKey.NAME, KeyLine::name)
                    .text(SearchKey.TYPE, KeyLine::type)
                    .freeTextOnly(KeyLine::fingerprint)
                    .freeTextOnly(KeyLine::comment)
                    .build(), RegionCatalog.loadDefault()));
    private final FilteredList<KeyLine> shownKeys = search.filter(keys);
    private final ReadOnlyObjectWrapper<KeyLine> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PageStatus status = new PageStatus();
    private final BooleanBinding keySelected;
    private TaskHandle load = TaskHandle.none();
    private WorkspaceScope scope;
    private AddSshKeyForm unsent;

    public SshKeysViewModel(ReadOnlyObjectProperty<WorkspaceScope> scope, SshKeyService service,
                            DialogService dialogs, Messages messages) {
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.keySelected = Bindings.createBooleanBinding(() -> selected.get() != null && keys.contains(selected.get()),
                selected, keys);
        this.scope = scope.get();
        // Keys belong to the account, but calls go through a workspace: reload when it changes.
        scope.addListener((obs, old, now) -> {
            this.scope = now;
            if (old == null || now == null || !old.accountId().equals(now.accountId())
                    || !old.endpoint().equals(now.endpoint())) {
                keys.clear();
            }
            reload();
        });
        if (this.scope != null) {
            reload();
        }
    }

    public void reload() {
        load.cancel();
        if (scope == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        load = service.list(scope.context(), scope.workspaceName(), list -> {
            loading.set(false);
            keys.setAll(list.stream().map(KeyLine::of).toList());
        }, problem -> {
            loading.set(false);
            status.failed(problem);
        });
    }

    private Optional<WorkspaceContext> context() {
        return Optional.ofNullable(scope).map(WorkspaceScope::context);
    }

    public void select(KeyLine key) {
        selected.set(key);
    }

    /** A fresh form, or the one whose add failed last. */
    public AddSshKeyForm newAddForm() {
        if (unsent != null) {
            AddSshKeyForm again = unsent;
            unsent = null;
            return again;
        }
        return new AddSshKeyForm(keys.stream().map(KeyLine::name).collect(Collectors.toSet()), messages);
    }

    /** Lets the user pick a public key file and puts its text into the form. */
    public void loadKeyFile(AddSshKeyForm form) {
        dialogs.chooseFile(messages.get("sshkey.fileTitle"), messages.get("sshkey.fileFilter"), List.of("*.pub"))
                .ifPresent(file -> service.readKeyFile(file, form::loaded,
                        problem -> form.fileFailed(messages.get("sshkey.error.file", file.getFileName()))));
    }

    /** The key the add form would send, as code (the account's keys, targeted through this workspace). */
    public Optional<com.pvsconsole.service.code.GeneratedCode> addCode(AddSshKeyForm form) {
        return form.validProperty().get() ? code(new com.pvsconsole.service.code.CodeAction.CreateSshKey(
                SshKey.builder().name(form.trimmedName()).sshKey(form.keyLine()).build())) : Optional.empty();
    }

    private Optional<com.pvsconsole.service.code.GeneratedCode> code(com.pvsconsole.service.code.CodeAction action) {
        WorkspaceScope where = scope;
        return where == null ? Optional.empty()
                : Optional.of(com.pvsconsole.ui.code.CopyAsCode.generate(where, action));
    }

    public void add(AddSshKeyForm form) {
        Optional<WorkspaceContext> ctx = context();
        if (ctx.isEmpty() || !form.validProperty().get()) {
            return;
        }
        status.started();
        service.add(ctx.get(), form.trimmedName(), form.keyLine(), (SshKey added) -> {
            KeyLine line = KeyLine.of(added);
            keys.add(line);
            status.succeeded(messages.get("sshkey.added", line.name(), line.fingerprint()));
            reload();
        }, problem -> {
            unsent = form;
            status.failed(problem);
        });
    }

    /** Deletes the selected key once the user typed its name. */
    public void deleteSelected() {
        KeyLine key = selected.get();
        Optional<WorkspaceContext> ctx = context();
        if (key == null || ctx.isEmpty()) {
            return;
        }
        if (dialogs.askDelete(messages.get("resource.sshKey"), key.name(), false, null,
                () -> code(new com.pvsconsole.service.code.CodeAction.DeleteSshKey(key.name()))).isEmpty()) {
            return;
        }
        status.started();
        service.delete(ctx.get(), key.name(), () -> {
            keys.remove(key);
            selected.set(null);
            status.succeeded(messages.get("sshkey.deleted", key.name()));
            reload();
        }, status::failed);
    }

    public Optional<KeyLine> key(String name) {
        return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    public ObservableList<KeyLine> keys() {
        return readOnlyKeys;
    }

    /** The keys the filter box lets through, for the table. */
    public ObservableList<KeyLine> shownKeys() {
        return shownKeys;
    }

    /**
     * The selected key as code: its name and a Terraform import block. The key material is not in
     * the list, so the generated create carries a placeholder for it.
     */
    public Optional<com.pvsconsole.service.code.GeneratedCode> copyAsCode() {
        KeyLine key = selected.get();
        if (key == null || scope == null) {
            return Optional.empty();
        }
        return Optional.of(com.pvsconsole.ui.code.CopyAsCode.generate(scope, new com.pvsconsole.service.code
                .CodeAction.Existing(new com.pvsconsole.service.code.CodeAction.CreateSshKey(
                        com.pvsconsole.api.model.SshKey.builder().name(key.name()).sshKey("<PUBLIC_KEY>").build()),
                new com.pvsconsole.service.code.CodeAction.Ref(key.name(), key.name()))));
    }

    public SearchModel<KeyLine> search() {
        return search;
    }

    public ReadOnlyObjectProperty<KeyLine> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanBinding keySelectedProperty() {
        return keySelected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public PageStatus status() {
        return status;
    }
}
