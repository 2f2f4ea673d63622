package com.pvsconsole.ui.shell;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.service.settings.SavedView;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.search.SavedViews;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The left navigation: one toggle per page, bound to the shell's current page. */
public final class NavigationView extends View<VBox> {

    private static final Map<Page, Ikon> ICONS = Map.ofEntries(
            Map.entry(Page.ALL_SERVERS, MaterialDesignS.SERVER_NETWORK),
            Map.entry(Page.OVERVIEW, MaterialDesignV.VIEW_DASHBOARD_OUTLINE),
            Map.entry(Page.INSTANCES, MaterialDesignS.SERVER),
            Map.entry(Page.VOLUMES, MaterialDesignH.HARDDISK),
            Map.entry(Page.NETWORKS, MaterialDesignL.LAN),
            Map.entry(Page.SNAPSHOTS, MaterialDesignC.CAMERA_OUTLINE),
            Map.entry(Page.IMAGES, MaterialDesignI.IMAGE_MULTIPLE_OUTLINE),
            Map.entry(Page.SSH_KEYS, MaterialDesignK.KEY_VARIANT),
            Map.entry(Page.POOLS, MaterialDesignC.CHIP),
            Map.entry(Page.WORKSPACE, MaterialDesignI.INFORMATION_OUTLINE),
            Map.entry(Page.EVENTS, MaterialDesignC.CALENDAR_CLOCK),
            Map.entry(Page.ACTIVITY, MaterialDesignH.HISTORY),
            Map.entry(Page.HISTORY, MaterialDesignN.NOTEBOOK_OUTLINE));

    private final ShellViewModel model;
    private final Messages messages;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
    private final VBox savedViews = new VBox(2);

    public NavigationView(ShellViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(170);
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(messages.get("nav." + page.key()), Icons.icon(ICONS.get(page)));
            button.setId("nav-" + page.key());
            button.setToggleGroup(group);
            button.setUserData(page);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll(Styles.FLAT, "nav-button");
            buttons.put(page, button);
            nav.getChildren().add(button);
            if (page == Page.ALL_SERVERS) {
                savedViews.setId("saved-views");
                savedViews.setPadding(new Insets(0, 0, 2, 14));
                savedViews.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(savedViews.getChildren()));
                nav.getChildren().add(savedViews);
            }
        }
        return nav;
    }

    /**
     * Lists the saved views under All servers, kept in step with {@code views}; a click opens
     * one, its context menu deletes it.
     */
    public NavigationView listing(SavedViews views, Consumer<SavedView> open) {
        Runnable rebuild = () -> {
            savedViews.getChildren().clear();
            for (SavedView view : views.views()) {
                Button button = new Button(view.name(), Icons.icon(MaterialDesignM.MAGNIFY));
                button.setId("saved-view-" + savedViews.getChildren().size());
                button.setMnemonicParsing(false); // a view's name is data
                button.setMaxWidth(Double.MAX_VALUE);
                button.setAlignment(Pos.CENTER_LEFT);
                button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "nav-saved-view");
                button.setTooltip(new Tooltip(view.query().isBlank() ? messages.get("savedView.noQuery") : view.query()));
                button.setOnAction(event -> open.accept(view));
                MenuItem delete = new MenuItem(messages.get("savedView.delete"));
                delete.setId("saved-view-delete-" + savedViews.getChildren().size());
                delete.setOnAction(event -> views.remove(view));
                button.setContextMenu(new ContextMenu(delete));
                savedViews.getChildren().add(button);
            }
        };
        root(); // the section exists once the view is built
        views.views().addListener((ListChangeListener<SavedView>) change -> rebuild.run());
        rebuild.run();
        return this;
    }

    @Override
    protected void initListeners() {
        buttons.get(model.pageProperty().get()).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a page is always shown
            } else {
                model.pageProperty().set((Page) now.getUserData());
            }
        });
        model.pageProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
    }
}
