package com.pvsconsole.ui.images;

import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.images.ImageService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.search.SearchModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    /** One filter box for both lists, in the search language. */
    private final SearchModel<ImageReference> search = new SearchModel<>(
            new SearchLanguage<>(searchScope(), RegionCatalog.loadDefault()));
    private final FilteredList<ImageReference> shownWorkspace = search.filter(workspace);
    private final FilteredList<ImageReference> shownStock = search.filter(stock);
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
        if (scope == null) {
            outstanding = 0;
            loading.set(false);
            return;
        }
        workspaceLoad = images.workspaceImages(scope).onSuccess(settle(workspace)).onFailure(this::failed);
        stockLoad = images.stockImages(scope).onSuccess(settle(stock)).onFailure(this::failed);
    }

    /** Loads the workspace's images again (after an import or a delete). */
    void reloadWorkspace() {
        workspaceLoad.cancel();
        workspaceLoad = images.workspaceImages(scope).onSuccess(workspace::setAll).onFailure(problem::set);
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
            detailsLoad = images.details(scope, chosen.image().imageID(), chosen.stock())
                    .onSuccess(details::set).onFailure(problem::set);
        }
    }

    /** True when the workspace already has an image called {@code name} (the service refuses duplicates). */
    boolean workspaceHasImageNamed(String name) {
        return workspace.stream().anyMatch(image -> name.equals(image.name()));
    }

    /** Free text looks where the old filter looked: name, state, storage type, description and OS. */
    private static SearchScope<ImageReference> searchScope() {
        return SearchScope.<ImageReference>of("images")
                .textInFreeText(SearchKey.NAME, ImageReference::name)
                .textInFreeText(SearchKey.ID, ImageReference::imageID)
                .textInFreeText(SearchKey.OS,
                        image -> image.specifications() == null ? null : image.specifications().operatingSystem())
                .textInFreeText(SearchKey.STATUS, ImageReference::state)
                .textInFreeText(SearchKey.TIER, ImageReference::storageType)
                .freeTextOnly(ImageReference::description)
                .build();
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

    /** The filter box's text (search language). */
    public StringProperty filterTextProperty() {
        return search.textProperty();
    }

    public SearchModel<ImageReference> search() {
        return search;
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
