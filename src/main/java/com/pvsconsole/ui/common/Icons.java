package com.pvsconsole.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factory for Ikonli icons so sizes stay consistent. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(16);
        return icon;
    }
}
