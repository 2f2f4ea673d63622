package com.pvsconsole.ui.instances;

import atlantafx.base.theme.Styles;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.ui.common.HoverTooltip;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The same actions as toolbar buttons and as the table's context menu, whose accelerators are
 * the keyboard shortcuts (JavaFX installs a control's context-menu accelerators in its scene).
 */
final class InstanceActionControls {

    /** One action: a kind (null for console), icon and shortcut. */
    private record Spec(InstanceActionKind kind, String key, Ikon icon, String shortcut) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec(InstanceActionKind.START, "start", MaterialDesignP.PLAY, "Shortcut+Shift+S"),
            new Spec(InstanceActionKind.STOP, "stop", MaterialDesignS.STOP, "Shortcut+Shift+X"),
            new Spec(InstanceActionKind.SOFT_REBOOT, "soft_reboot", MaterialDesignR.RESTART, "Shortcut+Shift+R"),
            new Spec(InstanceActionKind.HARD_REBOOT, "hard_reboot", MaterialDesignR.RESTART_ALERT, "Shortcut+Alt+R"),
            new Spec(InstanceActionKind.IMMEDIATE_SHUTDOWN, "immediate_shutdown", MaterialDesignP.POWER_PLUG_OFF,
                    "Shortcut+Alt+X"),
            new Spec(InstanceActionKind.RESET_STATE, "reset_state", MaterialDesignR.RESTORE, "Shortcut+Alt+E"),
            new Spec(null, "console", MaterialDesignM.MONITOR, "Shortcut+Shift+O"),
            new Spec(InstanceActionKind.DELETE, "delete", MaterialDesignD.DELETE_OUTLINE, "Delete"));

    private final InstanceActionsViewModel model;
    private final Messages messages;

    InstanceActionControls(InstanceActionsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    List<Button> buttons() {
        List<Button> buttons = new ArrayList<>();
        for (Spec spec : SPECS) {
            Button button = new Button(messages.get("action." + spec.key()), Icons.icon(spec.icon()));
            button.setId("action-" + spec.key().replace('_', '-'));
            HoverTooltip.install(button, messages.get("action." + spec.key()) + "  ("
                    + KeyCombination.valueOf(spec.shortcut()).getDisplayText() + ")");
            button.disableProperty().bind(enabled(spec).not());
            button.setOnAction(event -> run(spec));
            if (spec.kind() == InstanceActionKind.DELETE) {
                button.getStyleClass().add(Styles.DANGER);
            }
            buttons.add(button);
        }
        return buttons;
    }

    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("instance-context-menu");
        for (Spec spec : SPECS) {
            if (spec.kind() == InstanceActionKind.DELETE || spec.kind() == null) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(messages.get("action." + spec.key()), Icons.icon(spec.icon()));
            item.setId("menu-" + spec.key().replace('_', '-'));
            item.setAccelerator(KeyCombination.valueOf(spec.shortcut()));
            item.disableProperty().bind(enabled(spec).not());
            item.setOnAction(event -> run(spec));
            menu.getItems().add(item);
        }
        return menu;
    }

    private BooleanBinding enabled(Spec spec) {
        return spec.kind() == null ? model.consoleEnabledProperty() : model.enabledProperty(spec.kind());
    }

    private void run(Spec spec) {
        if (spec.kind() == null) {
            model.openConsole();
        } else {
            model.perform(spec.kind());
        }
    }
}
