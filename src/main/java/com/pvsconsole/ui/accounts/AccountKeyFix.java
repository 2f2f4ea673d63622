package com.pvsconsole.ui.accounts;

import com.pvsconsole.service.accounts.AccountKind;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.AccountService;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.shell.KeyFix;
import javafx.stage.Window;

/**
 * The fix for a refused key of the current account: a new key for a saved account (kept in the
 * key store once accepted), another key for this run for the {@code PVS_CONSOLE_API_KEY} account
 * (memory only), or adding an account when there is no key of ours to replace.
 */
public final class AccountKeyFix implements KeyFix {

    private final AccountService accounts;
    private final DialogService dialogs;
    private final Messages messages;

    public AccountKeyFix(AccountService accounts, DialogService dialogs, Messages messages) {
        this.accounts = accounts;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public String label() {
        return messages.get(switch (kind()) {
            case ENVIRONMENT -> "keyProblem.fix.run";
            case IBM_CLOUD -> "keyProblem.fix.saved";
            case DEMO -> "account.add";
        });
    }

    @Override
    public String note() {
        return switch (kind()) {
            case ENVIRONMENT -> messages.get("keyProblem.note.run");
            case IBM_CLOUD -> messages.get("keyProblem.note.saved", accounts.current().name());
            case DEMO -> "";
        };
    }

    @Override
    public void open(Window owner) {
        AccountProfile current = accounts.current();
        if (current.kind() == AccountKind.DEMO) {
            new AddAccountDialog(new AddAccountViewModel(accounts, dialogs, messages), dialogs, messages).show(owner);
        } else {
            new ApiKeyDialog(new ApiKeyViewModel(accounts, current, dialogs, messages), dialogs, messages).show(owner);
        }
    }

    private AccountKind kind() {
        return accounts.current().kind();
    }
}
