package com.pvsconsole.ui.images;

import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.images.ImageService;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.StoreRows;
import com.pvsconsole.ui.search.SearchModel;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Images page: the workspace's images (a projection of the inventory store, which lists them
 * only while this page is shown) and the stock catalogue (read once per workspace), both narrowed
 * by one filter as the user types, the selected image and its details.
 */
public final class ImagesViewModel implements InventoryListener {

    /** An image chosen in one of the two lists. */
    public record Selection(ImageReference image, boolean stock) {
    }

    private final InventoryService inventory;
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
    private TaskHandle stockLoad = TaskHandle.none();
    private InventoryService.Need need = () -> { };
    private boolean pageShown = true;
    private TaskHandle detailsLoad = TaskHandle.none();
    private WorkspaceScope scope;

    public ImagesViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> scope, ImageService images) {
        this.inventory = inventory;
        this.images = images;
        inventory.addListener(this);
        scope.addListener((obs, old, now) -> show(now));
        show(scope.get());
    }

    /** Rows of the previous workspace go at once; the store's images of {@code now} replace them. */
    private void show(WorkspaceScope now) {
        need.release();
        scope = now;
        workspace.clear();
        stock.clear();
        select(null);
        problem.set(null);
        need = pageShown ? inventory.need(now, ResourceKind.IMAGES) : () -> { };
        workspace.setAll(inventory.images(now));
        reloadStock();
    }

    /**
     * The page was put on screen or taken off it: the store lists the workspace's images only
     * while it is shown.
     */
    public void setShown(boolean shown) {
        if (shown == pageShown) {
            return;
        }
        pageShown = shown;
        if (shown) {
            show(scope);
        } else {
            need.release();
            need = () -> { };
        }
    }

    /** Lists both again (the workspace's through the store). */
    public void reload() {
        problem.set(null);
        reloadWorkspace();
        reloadStock();
    }

    private void reloadStock() {
        stockLoad.cancel();
        if (scope == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        stockLoad = images.stockImages(scope).onSuccess(list -> {
            stock.setAll(list);
            loading.set(false);
        }).onFailure(failure -> {
            problem.set(failure);
            loading.set(false);
        });
    }

    /** Lists the workspace's images again (after an import or a delete): one call, merged by id. */
    void reloadWorkspace() {
        inventory.refresh(scope, ResourceKind.IMAGES);
    }

    @Override
    public void imagesChanged(WorkspaceScope changed, Delta<ImageReference> delta) {
        if (changed.equals(scope)) {
            StoreRows.apply(workspace, delta, ImageReference::imageID);
        }
    }

    @Override
    public void workspaceFailed(WorkspaceScope failed, Problem failure) {
        if (failed.equals(scope) && pageShown) {
            problem.set(failure);
        }
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
