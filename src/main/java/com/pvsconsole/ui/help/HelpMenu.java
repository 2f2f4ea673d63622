package com.pvsconsole.ui.help;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.HoverTooltip;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** The Help menu button at the end of the top bar. */
public final class HelpMenu extends View<MenuButton> {

    private final HelpViewModel model;
    private final Messages messages;
    private MenuItem openLogs;
    private CheckMenuItem httpTrace;
    private MenuItem about;

    public HelpMenu(HelpViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @Override
    protected MenuButton createView() {
        openLogs = new MenuItem(messages.get("help.openLogs"), Icons.icon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        openLogs.setId("open-logs-item");
        httpTrace = new CheckMenuItem(messages.get("help.httpTrace"));
        httpTrace.setId("http-trace-item");
        about = new MenuItem(messages.get("help.about"), Icons.icon(MaterialDesignI.INFORMATION_OUTLINE));
        about.setId("about-item");
        MenuButton button = new MenuButton(null, Icons.icon(MaterialDesignH.HELP_CIRCLE_OUTLINE),
                openLogs, httpTrace, new SeparatorMenuItem(), about);
        button.setId("help-menu");
        button.getStyleClass().addAll(Styles.FLAT);
        button.setMinWidth(Label.USE_PREF_SIZE);
        HoverTooltip.install(button, messages.get("help.menu"));
        return button;
    }

    @Override
    protected void initListeners() {
        openLogs.setOnAction(event -> model.openLogFolder());
        about.setOnAction(event -> model.showAbout());
        httpTrace.selectedProperty().bindBidirectional(model.httpTraceProperty());
    }
}
