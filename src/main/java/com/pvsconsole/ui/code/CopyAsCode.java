package com.pvsconsole.ui.code;

import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;

/**
 * The one reusable "Copy as code…" piece: a button for a dialog (before submitting, the code of what
 * the dialog would send now), a menu item for a table's context menu (the selected object with an
 * import block), and the dialog both open. {@code code} is asked when clicked, so it always shows the
 * current values; empty means there is nothing to show yet (the click does nothing).
 * <pre>{@code form.getChildren().add(CopyAsCode.button("volume-form", () -> model.code(), dialogs, messages));}</pre>
 */
public final class CopyAsCode {

    private CopyAsCode() {
    }

    /** A small button with id {@code idPrefix + "-copy-code"}. */
    public static Button button(String idPrefix, Supplier<Optional<GeneratedCode>> code, DialogService dialogs,
            Messages messages) {
        Button button = new Button(messages.get("code.button"));
        button.setId(idPrefix + "-copy-code");
        button.getStyleClass().add("small");
        button.setOnAction(event -> code.get().ifPresent(c -> show(c, messages.get("code.titleAction"), dialogs,
                messages)));
        return button;
    }

    /** A context-menu item with id {@code idPrefix + "-copy-code"}; disabled while nothing is selected. */
    public static MenuItem menuItem(String idPrefix, Supplier<Optional<GeneratedCode>> code, DialogService dialogs,
            Messages messages) {
        MenuItem item = new MenuItem(messages.get("code.button"));
        item.setId(idPrefix + "-copy-code");
        item.setOnAction(event -> code.get().ifPresent(c -> show(c, messages.get("code.titleAction"), dialogs,
                messages)));
        return item;
    }

    /** Opens Copy as code for {@code code}: CLI, curl and Terraform tabs, each with a Copy button. */
    public static void show(GeneratedCode code, String title, DialogService dialogs, Messages messages) {
        dialogs.showForm("copy-as-code", title,
                new CopyAsCodeView(new CopyAsCodeViewModel(code), dialogs::copyToClipboard, messages).root(),
                messages.get("code.close"), new SimpleBooleanProperty(true));
    }
}
