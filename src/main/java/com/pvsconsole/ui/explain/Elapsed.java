package com.pvsconsole.ui.explain;

import java.time.Duration;

/** A duration as people say it: "42 s", "12 min", "2 h 5 min". */
public final class Elapsed {

    private Elapsed() {
    }

    public static String text(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return s + " s";
        }
        long minutes = (s + 30) / 60;
        return minutes < 120 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
