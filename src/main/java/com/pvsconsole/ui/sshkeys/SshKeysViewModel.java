package com.pvsconsole.ui.sshkeys;

import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.resources.SshKeyService;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import com.pvsconsole.ui.search.SearchModel;
import java.time.Instant;
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
 * The SSH keys page: the account's keys as the inventory store lists them through the shown
 * workspace (only while this page is on screen), add from pasted text or a file, delete with the
 * typed name. UI thread only.
 */
public final class SshKeysViewModel implements InventoryListener {

    private final InventoryService inventory;
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
    private InventoryService.Need need = () -> { };
    private boolean pageShown = true;
    private WorkspaceScope scope;
    private AddSshKeyForm unsent;

    public SshKeysViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> scope,
                            SshKeyService service, DialogService dialogs, Messages messages) {
        this.inventory = inventory;
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.keySelected = Bindings.createBooleanBinding(() -> selected.get() != null && keys.contains(selected.get()),
                selected, keys);
        inventory.addListener(this);
        // Keys belong to the account, but calls go through a workspace: follow the shown one.
        scope.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.accountId().equals(now.accountId())
                    || !old.endpoint().equals(now.endpoint())) {
                keys.clear();
            }
            show(now);
        });
        show(scope.get());
    }

    private void show(WorkspaceScope now) {
        need.release();
        scope = now;
        need = pageShown ? inventory.need(now, ResourceKind.SSH_KEYS) : () -> { };
        if (now != null && inventory.isLoaded(now, ResourceKind.SSH_KEYS)) {
            keys.setAll(inventory.sshKeys(now).stream().map(KeyLine::of).toList());
        }
        updateLoading();
    }

    /** The page was put on screen or taken off it: the store lists keys only while it is shown. */
    public void setShown(boolean shown) {
        if (shown == pageShown) {
            return;
        }
        pageShown = shown;
        if (shown) {
            show(scope);
        } else {
            need.release();
            need = () -> { };
        }
    }

    /** Lists the keys again: one call, merged by name. */
    public void reload() {
        if (scope != null) {
            inventory.refresh(scope, ResourceKind.SSH_KEYS);
        }
        updateLoading();
    }

    private void updateLoading() {
        loading.set(scope != null && pageShown && !inventory.isLoaded(scope, ResourceKind.SSH_KEYS)
                && inventory.isLoading(scope));
    }

    @Override
    public void sshKeysChanged(WorkspaceScope changed, Delta<SshKey> delta) {
        if (changed.equals(scope)) {
            keys.setAll(inventory.sshKeys(scope).stream().map(KeyLine::of).toList());
            updateLoading();
        }
    }

    @Override
    public void workspaceLoaded(WorkspaceScope loaded, Instant at) {
        if (loaded.equals(scope)) {
            updateLoading();
        }
    }

    @Override
    public void workspaceFailed(WorkspaceScope failed, Problem problem) {
        if (failed.equals(scope) && pageShown) {
            loading.set(false);
            status.failed(problem);
        }
    }

    private Optional<WorkspaceScope> target() {
        return Optional.ofNullable(scope);
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
                .ifPresent(file -> service.readKeyFile(file).onSuccess(form::loaded)
                        .onFailure(problem -> form.fileFailed(messages.get("sshkey.error.file", file.getFileName()))));
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
        Optional<WorkspaceScope> where = target();
        if (where.isEmpty() || !form.validProperty().get()) {
            return;
        }
        status.started();
        service.add(where.get(), form.trimmedName(), form.keyLine()).onSuccess(added -> {
            KeyLine line = KeyLine.of(added);
            keys.add(line);
            status.succeeded(messages.get("sshkey.added", line.name(), line.fingerprint()));
            reload();
        }).onFailure(problem -> {
            unsent = form;
            status.failed(problem);
        });
    }

    /** Deletes the selected key once the user typed its name. */
    public void deleteSelected() {
        KeyLine key = selected.get();
        Optional<WorkspaceScope> where = target();
        if (key == null || where.isEmpty()) {
            return;
        }
        if (dialogs.askDelete(messages.get("resource.sshKey"), key.name(), false, null,
                () -> code(new com.pvsconsole.service.code.CodeAction.DeleteSshKey(key.name()))).isEmpty()) {
            return;
        }
        status.started();
        service.delete(where.get(), key.name()).onDone(() -> {
            keys.remove(key);
            selected.set(null);
            status.succeeded(messages.get("sshkey.deleted", key.name()));
            reload();
        }).onFailure(status::failed);
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
