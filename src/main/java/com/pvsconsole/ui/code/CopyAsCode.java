package com.pvsconsole.ui.code;

import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.util.List;
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

    /** Pure and cheap; aimed at IBM Cloud's real regional hosts. */
    private static final CodeGenerator CODE = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault());

    private CopyAsCode() {
    }

    /** {@code action} in the workspace of {@code scope} (the row's own workspace, not the selected one). */
    public static GeneratedCode generate(WorkspaceScope scope, CodeAction action) {
        return CODE.generate(CodeTarget.of(scope, scope.workspaceName()), action);
    }

    /** {@code action} for a target named by its context (when no inventory row names its workspace). */
    public static GeneratedCode code(CodeTarget target, CodeAction action) {
        return CODE.generate(target, action);
    }

    /** Several actions (a bulk action) as one text per form, in order. */
    public static GeneratedCode joined(List<GeneratedCode> codes) {
        return new GeneratedCode(join(codes, GeneratedCode::cliPosix), join(codes, GeneratedCode::cliPowerShell),
                join(codes, GeneratedCode::curlPosix), join(codes, GeneratedCode::curlPowerShell),
                join(codes, GeneratedCode::terraform));
    }

    private static String join(List<GeneratedCode> codes, java.util.function.Function<GeneratedCode, String> part) {
        return codes.stream().map(part).collect(java.util.stream.Collectors.joining("\n"));
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

    /**
     * {@code form} with the "Copy as code…" button under it: for {@code dialogs.showForm(...)}, so the code of
     * what the form would send now is one click away before submitting.
     */
    public static javafx.scene.Node withButton(javafx.scene.Node form, String idPrefix,
            Supplier<Optional<GeneratedCode>> code, DialogService dialogs, Messages messages) {
        return new javafx.scene.layout.VBox(8, form, button(idPrefix, code, dialogs, messages));
    }

    /** A context-menu item with id {@code idPrefix + "-menu-copy-code"}; disabled while nothing is selected. */
    public static MenuItem menuItem(String idPrefix, Supplier<Optional<GeneratedCode>> code, DialogService dialogs,
            Messages messages) {
        MenuItem item = new MenuItem(messages.get("code.button"));
        item.setId(idPrefix + "-menu-copy-code");
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
