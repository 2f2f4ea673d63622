package com.pvsconsole.ui.explain;

/**
 * Raises a desktop notification. The seam between what deserves one (decided in
 * {@link TransitionAlerts}) and the desktop, so tests need no real desktop.
 */
@FunctionalInterface
public interface DesktopNotifier {

    void show(String title, String text, boolean error);
}
