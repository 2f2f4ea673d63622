package com.pvsconsole.service.settings;

/** The console's colour theme. */
public enum Theme {
    LIGHT, DARK
}
