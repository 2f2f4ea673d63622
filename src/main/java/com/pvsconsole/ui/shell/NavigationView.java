package com.pvsconsole.ui.shell;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The left navigation: one toggle per page, bound to the shell's current page. */
public final class NavigationView extends View<VBox> {

    private static final Map<Page, Ikon> ICONS = Map.of(
            Page.ALL_SERVERS, MaterialDesignS.SERVER_NETWORK,
            Page.OVERVIEW, MaterialDesignV.VIEW_DASHBOARD_OUTLINE,
            Page.INSTANCES, MaterialDesignS.SERVER,
            Page.VOLUMES, MaterialDesignH.HARDDISK,
            Page.NETWORKS, MaterialDesignL.LAN,
            Page.IMAGES, MaterialDesignI.IMAGE_MULTIPLE_OUTLINE,
            Page.SSH_KEYS, MaterialDesignK.KEY_VARIANT,
            Page.EVENTS, MaterialDesignC.CALENDAR_CLOCK,
            Page.ACTIVITY, MaterialDesignH.HISTORY,
            Page.HISTORY, MaterialDesignN.NOTEBOOK_OUTLINE);

    private final ShellViewModel model;
    private final Messages messages;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);

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
        }
        return nav;
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
