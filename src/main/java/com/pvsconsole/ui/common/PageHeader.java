package com.pvsconsole.ui.common;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The top row of a list page: title, then what the page adds on the left, then on the right a spinner
 * while {@code loading} and a Refresh button (disabled meanwhile), then what the page adds on the right.
 */
public final class PageHeader {

    private final HBox row;
    private final Button refresh;

    public PageHeader(String idPrefix, String title, ObservableBooleanValue loading, Runnable onRefresh,
                      Messages messages) {
        Label heading = new Label(title);
        heading.setId(idPrefix + "-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(loading);
        refresh = new Button(messages.get("instances.refresh"), Icons.icon(MaterialDesignR.REFRESH));
        refresh.setId(idPrefix + "-refresh");
        refresh.disableProperty().bind(loading);
        refresh.setOnAction(event -> onRefresh.run());
        row = new HBox(10, heading, new Spacer(), spinner, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    /** Adds nodes after the title (filters, counts). */
    public PageHeader left(Node... nodes) {
        row.getChildren().addAll(1, java.util.List.of(nodes));
        return this;
    }

    /** Adds nodes after Refresh (an Export menu). */
    public PageHeader right(Node... nodes) {
        row.getChildren().addAll(nodes);
        return this;
    }

    public Label heading() {
        return (Label) row.getChildren().get(0);
    }

    public HBox row() {
        return row;
    }
}
