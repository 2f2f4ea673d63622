package com.pvsconsole.ui.explain;

import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Desktop notifications through ControlsFX, placed over the console's window. UI thread only. */
public final class ControlsFxNotifier implements DesktopNotifier {

    private static final Duration SHOWN_FOR = Duration.seconds(12);
    private final Supplier<Window> owner;

    public ControlsFxNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void show(String title, String text, boolean error) {
        Notifications notification = Notifications.create().title(title).text(text).hideAfter(SHOWN_FOR);
        Window window = owner.get();
        if (window != null) {
            notification.owner(window);
        }
        if (error) {
            notification.showError();
        } else {
            notification.showInformation();
        }
    }
}
