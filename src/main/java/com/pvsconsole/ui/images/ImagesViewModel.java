package com.pvsconsole.ui.images;

import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.service.images.ImageService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Images page: the workspace's images and the stock catalogue (both narrowed by one filter as the user
 * types), the selected image and its details. Reloads both lists when the workspace changes.
 */
public final class ImagesViewModel {

    /** An image chosen in one of the two lists. */
    public record Selection(ImageReference image, boolean stock) {
    }

    private final ImageService images;
    private final ObservableList<ImageReference> workspace = FXCollections.observableArrayList();
    private final ObservableList<ImageReference> stock = FXCollections.observableArrayList();
    private final FilteredList<ImageReference> shownWorkspace = new FilteredList<>(workspace);
    private final FilteredList<ImageReference> shownStock = new FilteredList<>(stock);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> details = new ReadOnlyObjectWrapper<>();
    private TaskHandle workspaceLoad = TaskHandle.none();
    private TaskHandle stockLoad = TaskHandle.none();
    private TaskHandle detailsLoad = TaskHandle.none();
    private WorkspaceScope scope;
    private int outstanding;

    public ImagesViewModel(ReadOnlyObjectProperty<WorkspaceScope> scope, ImageService images) {
        this.images = images;
        filterText.addListener((obs, old, now) -> {
            shownWorkspace.setPredicate(matching(now));
            shownStock.setPredicate(matching(now));
        });
        this.scope = scope.get();
        scope.addListener((obs, old, now) -> {
            this.scope = now;
            workspace.clear();
            stock.clear();
            select(null);
            reload();
        });
        reload();
    }

    /** Loads both lists again. */
    public void reload() {
        workspaceLoad.cancel();
        stockLoad.cancel();
        problem.set(null);
        outstanding = 2;
        loading.set(true);
        workspaceLoad = images.workspaceImages(scope, settle(workspace), this::failed);
        stockLoad = images.stockImages(scope, settle(stock), this::failed);
        if (workspaceLoad == TaskHandle.none()) {
            outstanding = 0;
            loading.set(false);
        }
    }

    /** Loads the workspace's images again (after an import or a delete). */
    void reloadWorkspace() {
        workspaceLoad.cancel();
        workspaceLoad = images.workspaceImages(scope, workspace::setAll, problem::set);
    }

    private Consumer<List<ImageReference>> settle(ObservableList<ImageReference> target) {
        return list -> {
            target.setAll(list);
            done();
        };
    }

    private void failed(Problem failure) {
        problem.set(failure);
        done();
    }

    private void done() {
        outstanding = Math.max(0, outstanding - 1);
        loading.set(outstanding > 0);
    }

    /** Shows {@code chosen} and loads its details; null clears both. */
    public void select(Selection chosen) {
        detailsLoad.cancel();
        selection.set(chosen);
        details.set(null);
        if (chosen != null) {
            detailsLoad = images.details(scope, chosen.image().imageID(), chosen.stock(), details::set, problem::set);
        }
    }

    /** True when the workspace already has an image called {@code name} (the service refuses duplicates). */
    boolean workspaceHasImageNamed(String name) {
        return workspace.stream().anyMatch(image -> name.equals(image.name()));
    }

    private static Predicate<ImageReference> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return image -> true;
        }
        return image -> Stream.of(image.name(), image.state(), image.storageType(), image.description(),
                        image.specifications() == null ? null : image.specifications().operatingSystem())
                .filter(Objects::nonNull).anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle));
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public ObservableList<ImageReference> workspaceImages() {
        return shownWorkspace;
    }

    public ObservableList<ImageReference> stockImages() {
        return shownStock;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The workspace these images belong to: imports and deletes go there. */
    WorkspaceScope scope() {
        return scope;
    }
}
