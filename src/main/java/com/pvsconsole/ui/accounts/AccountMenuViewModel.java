package com.pvsconsole.ui.accounts;

import com.pvsconsole.service.accounts.AccountKind;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.AccountService;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The top bar's account menu: the accounts (demo first), the current one, switching, adding
 * and removing (saved accounts only, after typing the name; the key goes with it).
 */
public final class AccountMenuViewModel implements AccountService.Listener {

    private final AccountService accounts;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<AccountProfile> list = FXCollections.observableArrayList();
    private final ObservableList<AccountProfile> readOnlyList = FXCollections.unmodifiableObservableList(list);
    private final ReadOnlyObjectWrapper<AccountProfile> current = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canRemove;

    public AccountMenuViewModel(AccountService accounts, DialogService dialogs, Messages messages) {
        this.accounts = accounts;
        this.dialogs = dialogs;
        this.messages = messages;
        this.canRemove = Bindings.createBooleanBinding(
                () -> current.get() != null && current.get().kind() == AccountKind.IBM_CLOUD, current);
        accounts.addListener(this);
    }

    @Override
    public void accountsChanged(List<AccountProfile> all, AccountProfile now) {
        list.setAll(all);
        current.set(now);
    }

    public void switchTo(AccountProfile profile) {
        if (profile != null && (current.get() == null || !profile.id().equals(current.get().id()))) {
            accounts.switchTo(profile);
        }
    }

    /** Asks the user to type the account's name, then removes it and its stored key. */
    public void removeCurrent() {
        AccountProfile target = current.get();
        if (!canRemove.get()) {
            return;
        }
        dialogs.askDelete(messages.get("account.remove.kind"), target.name(), false).ifPresent(choice -> {
            accounts.remove(target);
            dialogs.notify(messages.get("account.removed", target.name()));
        });
    }

    /** A fresh model for the add-account dialog. */
    public AddAccountViewModel newAddAccount() {
        return new AddAccountViewModel(accounts, dialogs, messages);
    }

    public ObservableList<AccountProfile> accounts() {
        return readOnlyList;
    }

    public ReadOnlyObjectProperty<AccountProfile> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }
}
