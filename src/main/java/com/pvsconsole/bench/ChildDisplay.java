package com.pvsconsole.bench;

import java.util.List;
import java.util.Optional;

/**
 * How a child JavaFX process of the bench gets a screen. With a display (a desktop, or
 * {@code xvfb-run} on Linux) the child opens a real window through GTK, as users run the console:
 * the README's figures are measured that way. Without one, when Monocle is on the class path (the
 * test class path, so CI's smoke run), the child renders headless into memory with the software
 * pipeline: every figure runs, but frames and memory are not a desktop's. Otherwise: none.
 */
final class ChildDisplay {

    static final String MONOCLE_FACTORY = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    private ChildDisplay() {
    }

    /** Extra JVM options for the child, or empty when it cannot show a window here. */
    static Optional<List<String>> jvmOptions() {
        if (StartupFigure.hasDisplay()) {
            return Optional.of(List.of());
        }
        if (monocleAvailable()) {
            return Optional.of(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        }
        return Optional.empty();
    }

    /** "display" or "Monocle headless": said in each figure's note. */
    static String describe() {
        return StartupFigure.hasDisplay() ? "window on the display" : "Monocle headless (software rendering)";
    }

    private static boolean monocleAvailable() {
        try {
            Class.forName(MONOCLE_FACTORY, false, ChildDisplay.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
