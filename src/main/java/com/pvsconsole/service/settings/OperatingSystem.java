package com.pvsconsole.service.settings;

import java.util.Locale;

/** The three desktop families whose folder conventions we follow; other Unixes use the XDG rules. */
public enum OperatingSystem {
    WINDOWS, MACOS, LINUX;

    /** Maps a {@code os.name} value ("Windows 11", "Mac OS X", "Linux", "FreeBSD") to a family. */
    public static OperatingSystem fromOsName(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return LINUX;
    }

    public static OperatingSystem current() {
        return fromOsName(System.getProperty("os.name"));
    }
}
