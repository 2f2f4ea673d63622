package com.pvsconsole.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** An honest placeholder for a page that is not built yet. */
public final class ComingSoonView extends View<VBox> {

    private final String id;
    private final String title;
    private final Messages messages;

    public ComingSoonView(String id, String title, Messages messages) {
        this.id = id;
        this.title = title;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        Label heading = new Label(title, Icons.icon(MaterialDesignT.TOOLBOX_OUTLINE));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(messages.get("page.comingSoon", title));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        VBox box = new VBox(12, heading, text);
        box.setAlignment(Pos.CENTER);
        box.setId(id + "-page");
        box.getStyleClass().add("coming-soon");
        return box;
    }

    @Override
    protected void initListeners() {
        // static page
    }
}
