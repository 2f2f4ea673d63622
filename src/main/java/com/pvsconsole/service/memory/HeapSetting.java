package com.pvsconsole.service.memory;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the heap limit ({@code -Xmx}) of this console is set. An installed console (jpackage's launcher sets
 * {@code jpackage.app-path}) reads it from the {@code [JavaOptions]} of {@code pvs-console.cfg}, whose place
 * depends on the OS (README: Installers, default folders); a console started with {@code java -jar} takes it
 * from its command line ({@code app/launcher-options.txt} is what the installers are built with).
 *
 * @param configFile the installed launcher's {@code .cfg}, empty when not started by the installed launcher
 */
public record HeapSetting(Optional<String> configFile) {

    /** The file that sets the limit of the console running now. */
    public static HeapSetting current() {
        return forLauncher(System.getProperty("os.name", ""), System.getProperty("jpackage.app-path") != null);
    }

    static HeapSetting forLauncher(String osName, boolean installed) {
        if (!installed) {
            return new HeapSetting(Optional.empty());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        String file;
        if (os.startsWith("windows")) {
            file = "C:\\Program Files\\pvs-console\\app\\pvs-console.cfg";
        } else if (os.startsWith("mac")) {
            file = "/Applications/pvs-console.app/Contents/app/pvs-console.cfg";
        } else {
            file = "/opt/pvs-console/lib/app/pvs-console.cfg";
        }
        return new HeapSetting(Optional.of(file));
    }
}
