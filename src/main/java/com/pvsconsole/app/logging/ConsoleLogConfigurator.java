package com.pvsconsole.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The console's logging, set up in code. Logback finds it as a service when the first logger is
 * made ({@code META-INF/services/ch.qos.logback.classic.spi.Configurator}) and runs it before its
 * own XML configuration: reading a {@code logback.xml} took about 130 ms more CPU on the start-up's
 * critical path (the XML parser and Joran's model, before the settings could load; README:
 * Performance, P1). What it sets up:
 * <ul>
 * <li>{@code pvs-console.log} in the log folder ({@link LogDirectoryDefiner}: the folder the app
 *     chose, else the OS's usual one), one file a day split at 10 MB, gzipped, 14 days and 100 MB
 *     at most;</li>
 * <li>the same lines on stderr (stdout carries machine-readable output: the self-test's JSON line);</li>
 * <li>every line through {@link RedactingPatternLayout}, which masks tokens and keys;</li>
 * <li>{@code com.pvsconsole} at INFO (or {@code PVS_CONSOLE_LOG_LEVEL}, a system property or
 *     environment variable), HTTP traces at INFO until {@link LogControl#setHttpTrace} turns them
 *     on, everything else at WARN.</li>
 * </ul>
 * A {@code logback-test.xml} on the class path (the tests') or a {@code -Dlogback.configurationFile}
 * the user gave wins: then this steps aside and Logback reads that file as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {

    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    static final String STDERR_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    static final String LEVEL_VARIABLE = "PVS_CONSOLE_LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || ConsoleLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sets up the console's appenders and levels in {@code context} (the log folder from its
     * {@value LogSetup#LOG_DIR_PROPERTY} property when set); tests use it on a private context.
     */
    public static void apply(LoggerContext context) {
        LogDirectoryDefiner folder = new LogDirectoryDefiner();
        folder.setContext(context);
        Path dir = Path.of(folder.getPropertyValue());
        context.putProperty(LogControl.LOG_DIR_VARIABLE, dir.toString()); // LogControl.logDirectory() reads it
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file(context, dir));
        root.addAppender(stderr(context));
        context.getLogger("com.pvsconsole").setLevel(Level.toLevel(configuredLevel().orElse("INFO"), Level.INFO));
        LogControl.HTTP_LOGGERS.forEach(name -> context.getLogger(name).setLevel(Level.INFO));
    }

    private static Optional<String> configuredLevel() {
        return Optional.ofNullable(System.getProperty(LEVEL_VARIABLE)).or(() -> Optional.ofNullable(System.getenv(LEVEL_VARIABLE)))
                .filter(level -> !level.isBlank());
    }

    private static Appender<ILoggingEvent> file(LoggerContext context, Path dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("pvs-console.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("pvs-console.%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(redacting(context, FILE_PATTERN));
        file.start();
        return file;
    }

    private static Appender<ILoggingEvent> stderr(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(redacting(context, STDERR_PATTERN));
        console.start();
        return console;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> redacting(LoggerContext context, String pattern) {
        RedactingPatternLayout layout = new RedactingPatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }
}
