package com.pvsconsole.app;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Tells the inventory when the window has been minimised or unfocused for over a minute (it then
 * refreshes settled workspaces rarely) and at once when it is back. UI thread only.
 */
final class BackgroundWatch {

    static final Duration GRACE = Duration.minutes(1);

    private final Stage stage;
    private final Consumer<Boolean> background;
    private final PauseTransition grace = new PauseTransition(GRACE);
    private final InvalidationListener changed = observable -> update();

    private BackgroundWatch(Stage stage, Consumer<Boolean> background) {
        this.stage = stage;
        this.background = background;
        grace.setOnFinished(event -> background.accept(true));
    }

    /** Starts watching {@code stage}; {@link #detach()} stops. */
    static BackgroundWatch attach(Stage stage, Consumer<Boolean> background) {
        BackgroundWatch watch = new BackgroundWatch(stage, background);
        stage.focusedProperty().addListener(watch.changed);
        stage.iconifiedProperty().addListener(watch.changed);
        watch.update();
        return watch;
    }

    private void update() {
        boolean away = stage.isIconified() || !stage.isFocused();
        if (away) {
            grace.playFromStart();
        } else {
            grace.stop();
            background.accept(false);
        }
    }

    void detach() {
        grace.stop();
        stage.focusedProperty().removeListener(changed);
        stage.iconifiedProperty().removeListener(changed);
    }
}
