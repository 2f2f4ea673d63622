package com.pvsconsole.service.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Where the main window was and how big, so it reopens the same way. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    /** Smaller than this is taken for a broken value and the window opens at its default size. */
    static final double MIN_SIZE = 200;

    @JsonIgnore
    public boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= MIN_SIZE && height >= MIN_SIZE
                && Double.isFinite(width) && Double.isFinite(height);
    }
}
