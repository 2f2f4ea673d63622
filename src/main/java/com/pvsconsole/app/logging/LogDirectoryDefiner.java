package com.pvsconsole.app.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import com.pvsconsole.service.settings.AppDirectories;

/**
 * Gives the logging set-up ({@link ConsoleLogConfigurator}) the log folder: the {@value LogSetup#LOG_DIR_PROPERTY} context or
 * system property when set (the app sets it from {@link AppDirectories} before the first
 * logger), otherwise the OS's usual folder worked out here, so logs land in the right place
 * even if some class logs before the app had a chance to set it.
 */
public final class LogDirectoryDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        String fromContext = getContext() == null ? null : getContext().getProperty(LogSetup.LOG_DIR_PROPERTY);
        if (fromContext != null && !fromContext.isBlank()) {
            return fromContext;
        }
        String fromSystem = System.getProperty(LogSetup.LOG_DIR_PROPERTY);
        if (fromSystem != null && !fromSystem.isBlank()) {
            return fromSystem;
        }
        return AppDirectories.forCurrentProcess().logs().toString();
    }
}
