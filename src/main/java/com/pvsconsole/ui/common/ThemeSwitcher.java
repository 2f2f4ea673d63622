package com.pvsconsole.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Switches the AtlantaFX Primer theme between light and dark for the whole application. */
public final class ThemeSwitcher {

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);

    public ThemeSwitcher(boolean startDark) {
        apply(startDark);
    }

    public void toggle() {
        apply(!dark.get());
    }

    public void apply(boolean useDark) {
        Application.setUserAgentStylesheet(useDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dark.set(useDark);
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** The console's own stylesheet, added to every scene on top of the theme. */
    public static String consoleStylesheet() {
        return ThemeSwitcher.class.getResource("/pvs-console/css/console.css").toExternalForm();
    }
}
