package com.pvsconsole.app;

import com.pvsconsole.service.settings.SettingsService;
import com.pvsconsole.service.settings.WindowGeometry;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where it was (when that place is still on a screen) and saves its
 * position, size and maximized state as they change; the settings service collapses a drag's
 * many changes into one write.
 */
final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final InvalidationListener save;

    private WindowPlacement(Stage stage, InvalidationListener save) {
        this.stage = stage;
        this.save = save;
    }

    /** Restores the saved placement and tracks changes until {@link #detach()}. */
    static WindowPlacement restoreAndTrack(Stage stage, SettingsService settings) {
        settings.current().window().filter(WindowPlacement::onSomeScreen).ifPresentOrElse(geometry -> {
            stage.setX(geometry.x());
            stage.setY(geometry.y());
            stage.setWidth(geometry.width());
            stage.setHeight(geometry.height());
            stage.setMaximized(geometry.maximized());
        }, () -> centreOnPrimaryScreen(stage));
        InvalidationListener save = observable -> {
            if (stage.isIconified()) {
                return;
            }
            WindowGeometry previous = settings.current().window().orElse(null);
            // While maximized keep the normal bounds, so un-maximizing next time restores them.
            WindowGeometry now = stage.isMaximized() && previous != null
                    ? new WindowGeometry(previous.x(), previous.y(), previous.width(), previous.height(), true)
                    : new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                            stage.isMaximized());
            if (now.isUsable() && !now.equals(previous)) {
                settings.update(s -> s.withWindowGeometry(now));
            }
        };
        stage.xProperty().addListener(save);
        stage.yProperty().addListener(save);
        stage.widthProperty().addListener(save);
        stage.heightProperty().addListener(save);
        stage.maximizedProperty().addListener(save);
        return new WindowPlacement(stage, save);
    }

    /**
     * First start (nothing saved, or the saved place is off every screen): the default size, kept
     * inside the primary screen's usable area, centred on it.
     */
    static void centreOnPrimaryScreen(Stage stage) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        double width = Math.min(DEFAULT_WIDTH, area.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, area.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(area.getMinX() + (area.getWidth() - width) / 2);
        stage.setY(area.getMinY() + (area.getHeight() - height) / 2);
    }

    /** Stops tracking (at exit, before the settings' writer stops). */
    void detach() {
        stage.xProperty().removeListener(save);
        stage.yProperty().removeListener(save);
        stage.widthProperty().removeListener(save);
        stage.heightProperty().removeListener(save);
        stage.maximizedProperty().removeListener(save);
    }

    private static boolean onSomeScreen(WindowGeometry geometry) {
        return !Screen.getScreensForRectangle(new Rectangle2D(geometry.x(), geometry.y(),
                Math.max(1, geometry.width()), Math.max(1, geometry.height()))).isEmpty();
    }
}
