package com.pvsconsole.ui.instances;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.HoverTooltip;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.instances.change.CaptureDialog;
import com.pvsconsole.ui.instances.change.IbmiDialogs;
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

    private static final String NEW_SHORTCUT = "Shortcut+N";
    private static final String RESIZE_SHORTCUT = "Shortcut+Alt+Z";
    private static final String CAPTURE_SHORTCUT = "Shortcut+Alt+C";

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

    /**
     * "New instance…", "Resize…" and "Capture…" in that order; they follow the power actions and
     * wrap onto a line of their own when the window is too narrow for all of them.
     */
    List<Button> buttons() {
        Button create = button("new", MaterialDesignP.PLUS, model.createEnabledProperty(), this::openCreate,
                NEW_SHORTCUT);
        create.getStyleClass().add(Styles.ACCENT);
        return List.of(create,
                button("resize", MaterialDesignA.ARROW_EXPAND_ALL, model.resizeEnabledProperty(), this::openResize,
                        RESIZE_SHORTCUT),
                button("capture", MaterialDesignC.CAMERA_OUTLINE, model.captureEnabledProperty(), this::openCapture,
                        CAPTURE_SHORTCUT));
    }


    List<MenuItem> menuItems() {
        return List.of(new SeparatorMenuItem(),
                item("resize", MaterialDesignA.ARROW_EXPAND_ALL, model.resizeEnabledProperty(), this::openResize,
                        RESIZE_SHORTCUT),
                item("capture", MaterialDesignC.CAMERA_OUTLINE, model.captureEnabledProperty(), this::openCapture,
                        CAPTURE_SHORTCUT),
                item("new", MaterialDesignP.PLUS, model.createEnabledProperty(), this::openCreate, NEW_SHORTCUT),
                new SeparatorMenuItem(),
                item("licences", MaterialDesignC.CERTIFICATE_OUTLINE, model.ibmiEnabledProperty(), this::openLicences,
                        null),
                item("language", MaterialDesignC.CONSOLE, model.ibmiEnabledProperty(), this::openConsoleLanguage,
                        null));
    }

    private Button button(String key, Ikon icon, BooleanBinding enabled, Runnable action, String shortcut) {
        Button button = new Button(messages.get("provision." + key), Icons.icon(icon));
        button.setId("action-" + key + "-instance");
        HoverTooltip.install(button, messages.get("provision." + key) + "  ("
                + KeyCombination.valueOf(shortcut).getDisplayText() + ")");
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.disableProperty().bind(enabled.not());
        button.setOnAction(event -> action.run());
        return button;
    }

    private MenuItem item(String key, Ikon icon, BooleanBinding enabled, Runnable action, String shortcut) {
        MenuItem item = new MenuItem(messages.get("provision." + key), Icons.icon(icon));
        item.setId("menu-" + key + "-instance");
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.valueOf(shortcut));
        }
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

    private void openLicences() {
        model.licences().ifPresent(form -> new IbmiDialogs(dialogs, messages).openLicences(form, owner.get()));
    }

    private void openConsoleLanguage() {
        model.consoleLanguage().ifPresent(form -> new IbmiDialogs(dialogs, messages).openConsoleLanguage(form,
                owner.get()));
    }

    private void openCapture() {
        model.capture().ifPresent(form -> new CaptureDialog(form, dialogs, messages).open(owner.get()));
    }
}
