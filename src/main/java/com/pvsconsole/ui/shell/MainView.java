package com.pvsconsole.ui.shell;

import com.pvsconsole.ui.common.ToastArea;
import com.pvsconsole.ui.common.View;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The window's layout: top bar, navigation, the current page and the status bar, with toasts
 * floating above. Pages are built on first visit and kept, so their state survives navigation.
 */
public final class MainView extends View<StackPane> {

    private final ShellViewModel model;
    private final View<?> topBar;
    private final View<?> navigation;
    private final View<?> statusBar;
    private final Map<Page, Supplier<? extends Parent>> pageFactories;
    private final Map<Page, Parent> pages = new EnumMap<>(Page.class);
    private final ToastArea toasts;
    private BorderPane frame;

    public MainView(ShellViewModel model, View<?> topBar, View<?> navigation, View<?> statusBar,
                    Map<Page, Supplier<? extends Parent>> pageFactories, ToastArea toasts) {
        this.model = model;
        this.topBar = topBar;
        this.navigation = navigation;
        this.statusBar = statusBar;
        this.pageFactories = pageFactories;
        this.toasts = toasts;
    }

    @Override
    protected StackPane createView() {
        frame = new BorderPane();
        frame.setTop(topBar.root());
        frame.setLeft(navigation.root());
        frame.setBottom(statusBar.root());
        StackPane root = new StackPane(frame, toasts);
        root.setId("main-view");
        root.getStyleClass().add("console-root");
        return root;
    }

    @Override
    protected void initListeners() {
        show(model.pageProperty().get());
        model.pageProperty().addListener((obs, old, page) -> show(page));
    }

    /** Whether the page has been made (pages are made on first visit): for start-up checks. */
    public boolean hasBuilt(Page page) {
        return pages.containsKey(page);
    }

    private void show(Page page) {
        frame.setCenter(pages.computeIfAbsent(page, p -> pageFactories.get(p).get()));
    }
}
