package com.pvsconsole.ui.help;

import java.nio.file.Path;

/** Opens a folder in the desktop's file manager (HostServices in the app; a recorder in tests). */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder) throws Exception;
}
