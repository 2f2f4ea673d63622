package com.pvsconsole.ui.images;

import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.ui.code.CopyAsCode;
import java.util.Optional;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.service.images.ImageService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Import from stock and delete on the Images page. The import name is checked as the user types (not
 * empty, not taken in the workspace); an import shows each state until the copy is active, then the list
 * reloads. Delete asks for the image's name to be typed first.
 */
public final class ImageActionsViewModel {

    private final ImagesViewModel images;
    private final ImageService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty importName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper importNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper importStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> actionProblem = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canImport;
    private final BooleanBinding canDelete;

    public ImageActionsViewModel(ImagesViewModel images, ImageService service, DialogService dialogs,
                                 Messages messages) {
        this.images = images;
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        importNameError.bind(Bindings.createStringBinding(this::nameError, importName, images.workspaceImages()));
        canImport = Bindings.createBooleanBinding(() -> stockSelected() && nameError().isEmpty() && !importing.get(),
                images.selectionProperty(), importName, importing, images.workspaceImages());
        canDelete = Bindings.createBooleanBinding(() -> images.selectionProperty().get() != null
                && !images.selectionProperty().get().stock(), images.selectionProperty());
        images.selectionProperty().addListener((obs, old, now) -> {
            if (now != null && now.stock() && !importing.get()) {
                importName.set(now.image().name());
            }
        });
    }

    private boolean stockSelected() {
        return images.selectionProperty().get() != null && images.selectionProperty().get().stock();
    }

    private String nameError() {
        String name = importName.get() == null ? "" : importName.get().strip();
        if (!stockSelected()) {
            return "";
        }
        if (name.isEmpty()) {
            return messages.get("images.import.nameMissing");
        }
        if (images.workspaceHasImageNamed(name)) {
            return messages.get("images.import.nameTaken", name);
        }
        return "";
    }

    /** The copy Import would ask for now (the selected stock image under the typed name), as code. */
    public Optional<GeneratedCode> importCode() {
        if (!canImport.get()) {
            return Optional.empty();
        }
        return code(new CodeAction.ImportImage(CreateImage.fromStock(
                images.selectionProperty().get().image().imageID(), importName.get().strip())));
    }

    /** A workspace image as code: read it, with a Terraform import block (the Images table's context menu). */
    public Optional<GeneratedCode> existingCode(com.pvsconsole.api.model.ImageReference image) {
        return code(com.pvsconsole.service.code.ExistingObjects.image(image));
    }

    private Optional<GeneratedCode> code(CodeAction action) {
        WorkspaceScope where = images.scope();
        return where == null ? Optional.empty() : Optional.of(CopyAsCode.generate(where, action));
    }

    /** Copies the selected stock image into the workspace under the typed name. */
    public void importSelected() {
        if (!canImport.get()) {
            return;
        }
        ImageReference stock = images.selectionProperty().get().image();
        String name = importName.get().strip();
        actionProblem.set(null);
        importing.set(true);
        importStatus.set(messages.get("images.import.requested", name));
        service.importFromStock(images.scope(), stock.imageID(), name,
                        (fraction, state) -> importStatus.set(messages.get("images.import.state", name, state)))
                .onSuccess(image -> {
                    importing.set(false);
                    importStatus.set(messages.get("images.import.done", name));
                    dialogs.notify(messages.get("images.import.done", name));
                    images.reloadWorkspace();
                })
                .onFailure(problem -> {
                    importing.set(false);
                    importStatus.set("");
                    actionProblem.set(problem);
                    images.reloadWorkspace();
                });
    }

    /** Deletes the selected workspace image once the user typed its name. */
    public void deleteSelected() {
        if (!canDelete.get()) {
            return;
        }
        ImageReference image = images.selectionProperty().get().image();
        if (dialogs.askDelete(messages.get("resource.image"), image.name(), false, null,
                () -> code(new CodeAction.DeleteImage(new CodeAction.Ref(image.imageID(), image.name()))))
                .isEmpty()) {
            return;
        }
        actionProblem.set(null);
        service.delete(images.scope(), image).onDone(() -> {
            dialogs.notify(messages.get("images.deleted", image.name()));
            images.select(null);
            images.reloadWorkspace();
        }).onFailure(actionProblem::set);
    }

    public void dismissProblem() {
        actionProblem.set(null);
    }

    public StringProperty importNameProperty() {
        return importName;
    }

    public ReadOnlyStringProperty importNameErrorProperty() {
        return importNameError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importStatusProperty() {
        return importStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> actionProblemProperty() {
        return actionProblem.getReadOnlyProperty();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }

    public BooleanBinding canDeleteBinding() {
        return canDelete;
    }
}
