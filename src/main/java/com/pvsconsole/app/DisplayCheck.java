package com.pvsconsole.app;

import com.pvsconsole.service.settings.OperatingSystem;
import java.util.Map;
import java.util.Optional;

/**
 * On Linux, JavaFX opens its window through X11 (XWayland on a Wayland desktop). Without a display
 * it stops with "Unable to open DISPLAY" and a stack trace, which is what a user trying the console
 * over plain SSH saw. A missing display is found before the toolkit starts, and the toolkit's own
 * failure to open one that is named becomes one line too; both say what to do instead. Headless
 * runs (Monocle) need no display and are not checked.
 */
final class DisplayCheck {

    /** The message of the toolkit's exception when it cannot open the display (GTK glass). */
    private static final String TOOLKIT_FAILURE = "Unable to open DISPLAY";
    private static final String WITHOUT_DISPLAY = "'pvs-console simulate', --version and --help need no display.";

    private final OperatingSystem os;
    private final Map<String, String> env;
    private final String glassPlatform;

    DisplayCheck(OperatingSystem os, Map<String, String> env, String glassPlatform) {
        this.os = os;
        this.env = env;
        this.glassPlatform = glassPlatform;
    }

    static DisplayCheck forCurrentProcess() {
        return new DisplayCheck(OperatingSystem.current(), System.getenv(), System.getProperty("glass.platform"));
    }

    /** The line to print and exit with when no display is named; empty when one is, or none is needed. */
    Optional<String> problem() {
        if (!applies() || !blank(env.get("DISPLAY"))) {
            return Optional.empty();
        }
        String wayland = blank(env.get("WAYLAND_DISPLAY")) ? ""
                : " On a Wayland desktop the console needs XWayland, which sets DISPLAY.";
        return Optional.of("pvs-console: there is no display to open the window on (DISPLAY is not set). Start it in "
                + "a desktop session, or over SSH with X forwarding (ssh -X)." + wayland + " " + WITHOUT_DISPLAY);
    }

    /** The line for {@code failure} when it is the toolkit failing to open the named display; else empty. */
    Optional<String> explain(Throwable failure) {
        if (!applies()) {
            return Optional.empty();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsupportedOperationException && cause.getMessage() != null
                    && cause.getMessage().contains(TOOLKIT_FAILURE)) {
                return Optional.of("pvs-console: cannot open the display '" + env.getOrDefault("DISPLAY", "")
                        + "' that DISPLAY names: no X server answers there, or it does not let this user in. Start "
                        + "it in a desktop session, or over SSH with X forwarding (ssh -X). " + WITHOUT_DISPLAY);
            }
        }
        return Optional.empty();
    }

    private boolean applies() {
        return os == OperatingSystem.LINUX && !"Monocle".equalsIgnoreCase(glassPlatform);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
