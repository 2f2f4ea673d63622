package com.pvsconsole.ui.shell;

import com.pvsconsole.ui.common.ToastArea;
import com.pvsconsole.ui.common.View;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

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
    private final KeyProblemView keyProblem;
    private final StackPane pageHolder = new StackPane();
    private BorderPane frame;

    public MainView(ShellViewModel model, View<?> topBar, View<?> navigation, View<?> statusBar,
                    Map<Page, Supplier<? extends Parent>> pageFactories, ToastArea toasts) {
        this(model, topBar, navigation, statusBar, pageFactories, toasts, null);
    }

    /**
     * @param keyProblem shown above every page while IBM Cloud refuses the account's key (one place
     *                   for all pages); while no workspace could be listed it replaces the page,
     *                   whose empty table would claim the workspace is empty. Null for none.
     */
    public MainView(ShellViewModel model, View<?> topBar, View<?> navigation, View<?> statusBar,
                    Map<Page, Supplier<? extends Parent>> pageFactories, ToastArea toasts, KeyProblemView keyProblem) {
        this.keyProblem = keyProblem;
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
        if (keyProblem == null) {
            frame.setCenter(pageHolder);
        } else {
            VBox.setVgrow(pageHolder, Priority.ALWAYS);
            frame.setCenter(new VBox(keyProblem.root(), pageHolder));
        }
        StackPane root = new StackPane(frame, toasts);
        root.setId("main-view");
        root.getStyleClass().add("console-root");
        return root;
    }

    @Override
    protected void initListeners() {
        show(model.pageProperty().get());
        model.pageProperty().addListener((obs, old, page) -> show(page));
        // A page with no workspace to show only says it is empty: hide it while the key is the cause.
        // Activity and History list what this console did, not the account's resources: they stay.
        pageHolder.visibleProperty().bind(model.keyProblemProperty().isNull()
                .or(model.workspaceProperty().isNotNull())
                .or(model.pageProperty().isEqualTo(Page.ACTIVITY))
                .or(model.pageProperty().isEqualTo(Page.HISTORY)));
    }

    /** Whether the page has been made (pages are made on first visit): for start-up checks. */
    public boolean hasBuilt(Page page) {
        return pages.containsKey(page);
    }

    private void show(Page page) {
        pageHolder.getChildren().setAll(pages.computeIfAbsent(page, p -> pageFactories.get(p).get()));
    }
}
