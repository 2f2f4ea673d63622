package com.pvsconsole.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Short notifications stacked in the bottom-right corner; each fades after a few seconds. */
public final class ToastArea extends VBox {

    private static final int MAX_TOASTS = 4;

    public ToastArea() {
        setId("toasts");
        setSpacing(6);
        setPadding(new Insets(0, 16, 40, 0));
        setAlignment(Pos.BOTTOM_RIGHT);
        setPickOnBounds(false);
        setMouseTransparent(true);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
    }

    public void show(String message) {
        Label toast = new Label(message);
        toast.getStyleClass().add("toast");
        toast.setWrapText(true);
        toast.setMaxWidth(420);
        getChildren().add(toast);
        if (getChildren().size() > MAX_TOASTS) {
            getChildren().remove(0);
        }
        PauseTransition linger = new PauseTransition(Duration.seconds(5));
        linger.setOnFinished(event -> getChildren().remove(toast));
        linger.play();
    }
}
