package com.pvsconsole.ui.accounts;

import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.ui.common.HoverTooltip;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The account switcher in the top bar: one item per account (the demo badged), add, remove. */
public final class AccountMenu extends View<MenuButton> {

    private final AccountMenuViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private MenuButton button;
    private MenuItem add;
    private MenuItem remove;

    public AccountMenu(AccountMenuViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected MenuButton createView() {
        button = new MenuButton();
        button.setId("account-menu");
        button.getStyleClass().add("account-menu");
        button.setGraphic(Icons.icon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        HoverTooltip.install(button, messages.get("account.menu.tooltip"));
        // In a narrow window a long account name ("Environment key (PVS_CONSOLE_API_KEY)" is 366 px) is
        // cut with "..." rather than widen the top bar past the window: at 1024 px that pushed the Help
        // menu and every page's right edge (Refresh) out of it. The menu lists the accounts whole.
        button.setMinWidth(120);
        button.setMnemonicParsing(false); // account names are data: PVS_CONSOLE_API_KEY shows as typed
        add = new MenuItem(messages.get("account.add"), Icons.icon(MaterialDesignP.PLUS));
        add.setId("add-account-item");
        remove = new MenuItem(messages.get("account.remove"), Icons.icon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("remove-account-item");
        return button;
    }

    @Override
    protected void initListeners() {
        add.setOnAction(event -> new AddAccountDialog(model.newAddAccount(), dialogs, messages)
                .show(button.getScene().getWindow()));
        remove.setOnAction(event -> model.removeCurrent());
        remove.disableProperty().bind(model.canRemoveProperty().not());
        model.accounts().addListener((ListChangeListener<AccountProfile>) change -> rebuild());
        model.currentProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        AccountProfile current = model.currentProperty().get();
        button.setText(current == null ? "" : displayName(current));
        ToggleGroup group = new ToggleGroup();
        button.getItems().clear();
        for (AccountProfile profile : model.accounts()) {
            RadioMenuItem item = new RadioMenuItem(displayName(profile));
            item.setId("account-item-" + profile.id());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(current != null && current.id().equals(profile.id()));
            if (profile.isDemo()) {
                Label badge = new Label(messages.get("account.demo"));
                badge.getStyleClass().add("demo-badge");
                item.setGraphic(badge);
            }
            item.setOnAction(event -> model.switchTo(profile));
            button.getItems().add(item);
        }
        button.getItems().addAll(new SeparatorMenuItem(), add, remove);
    }

    private String displayName(AccountProfile profile) {
        return profile.isDemo() ? messages.get("account.demo.name") : profile.name();
    }
}
