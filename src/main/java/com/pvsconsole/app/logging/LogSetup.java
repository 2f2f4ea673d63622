package com.pvsconsole.app.logging;

import ch.qos.logback.classic.LoggerContext;
import com.pvsconsole.service.settings.AppDirectories;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Start-up of logging. Logback runs {@link ConsoleLogConfigurator} when the first logger is created,
 * and that is when the log folder is fixed: call {@link #start} before anything touches
 * {@code LoggerFactory} (first lines of {@code main}; no static Logger fields in the launcher).
 */
public final class LogSetup {

    /** System property naming the log folder; {@link ConsoleLogConfigurator} reads it via {@link LogDirectoryDefiner}. */
    public static final String LOG_DIR_PROPERTY = "pvs.console.log.dir";

    private LogSetup() {
    }

    /** Points logging at the app's log folder, then starts Logback and returns its controls. */
    public static LogControl start(AppDirectories directories) {
        System.setProperty(LOG_DIR_PROPERTY, directories.logs().toAbsolutePath().toString());
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            throw new IllegalStateException("Logback is not the SLF4J backend: " + factory.getClass().getName());
        }
        return new LogControl(context);
    }
}
