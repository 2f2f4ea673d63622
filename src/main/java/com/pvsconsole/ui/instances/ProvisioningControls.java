package com.pvsconsole.ui.instances;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.instances.change.CaptureDialog;
import com.pvsconsole.ui.instances.change.ResizeDialog;
import com.pvsconsole.ui.instances.create.CreateInstanceWizard;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** "New instance…", "Resize…" and "Capture…" as toolbar buttons and context-menu items; they open the forms. */
final class ProvisioningControls {

    private final ProvisioningActionsViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<Window> owner;

    ProvisioningControls(ProvisioningActionsViewModel model, DialogService dialogs, Messages messages,
                         Supplier<Window> owner) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
        this.owner = owner;
    }

    /** The "New instance…" button, first on the toolbar. */
    Button newButton() {
        Button button = button("new", MaterialDesignP.PLUS, model.createEnabledProperty(), this::openCreate);
        button.getStyleClass().add(Styles.ACCENT);
        return button;
    }

    List<Button> changeButtons() {
        return List.of(button("resize", MaterialDesignA.ARROW_EXPAND_ALL, model.resizeEnabledProperty(), this::openResize),
                button("capture", MaterialDesignC.CAMERA_OUTLINE, model.captureEnabledProperty(), this::openCapture));
    }

    List<MenuItem> menuItems() {
        return List.of(new SeparatorMenuItem(),
                item("resize", MaterialDesignA.ARROW_EXPAND_ALL, model.resizeEnabledProperty(), this::openResize,
                        "Shortcut+Alt+Z"),
                item("capture", MaterialDesignC.CAMERA_OUTLINE, model.captureEnabledProperty(), this::openCapture,
                        "Shortcut+Alt+C"),
                item("new", MaterialDesignP.PLUS, model.createEnabledProperty(), this::openCreate, "Shortcut+N"));
    }

    private Button button(String key, Ikon icon, BooleanBinding enabled, Runnable action) {
        Button button = new Button(messages.get("provision." + key), Icons.icon(icon));
        button.setId("action-" + key + "-instance");
        button.disableProperty().bind(enabled.not());
        button.setOnAction(event -> action.run());
        return button;
    }

    private MenuItem item(String key, Ikon icon, BooleanBinding enabled, Runnable action, String shortcut) {
        MenuItem item = new MenuItem(messages.get("provision." + key), Icons.icon(icon));
        item.setId("menu-" + key + "-instance");
        item.setAccelerator(KeyCombination.valueOf(shortcut));
        item.disableProperty().bind(enabled.not());
        item.setOnAction(event -> action.run());
        return item;
    }

    private void openCreate() {
        model.newInstance().ifPresent(wizard -> new CreateInstanceWizard(wizard, dialogs, messages).open(owner.get()));
    }

    private void openResize() {
        model.resize().ifPresent(form -> new ResizeDialog(form, dialogs, messages).open(owner.get()));
    }

    private void openCapture() {
        model.capture().ifPresent(form -> new CaptureDialog(form, dialogs, messages).open(owner.get()));
    }
}
