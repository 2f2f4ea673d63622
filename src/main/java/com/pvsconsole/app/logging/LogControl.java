package com.pvsconsole.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import com.pvsconsole.service.accounts.Secret;
import com.pvsconsole.service.accounts.SecretMasker;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What the running app changes about logging: the HTTP trace switch and secrets to mask. */
public final class LogControl implements SecretMasker {

    /**
     * HTTP traces are logged at DEBUG under these logger names (and their children): the API
     * client's HTTP package (request lines, status, timing) and a name for any HTTP
     * interceptor or tracer added later.
     */
    public static final List<String> HTTP_LOGGERS = List.of("com.pvsconsole.api.http", "com.pvsconsole.http");
    /** Name of the context property holding the resolved log folder ({@link ConsoleLogConfigurator} sets it). */
    static final String LOG_DIR_VARIABLE = "PVS_LOG_DIR";

    private final LoggerContext context;
    private final LogRedactor redactor;

    public LogControl(LoggerContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.redactor = LogRedactor.forContext(context);
        // A reset (reconfiguration) empties the context's object map; put the same redactor
        // back so the new layouts pick it up with every key masked so far.
        context.addListener(new KeepRedactorOnReset(redactor));
    }

    /** On: HTTP requests and responses are logged (still redacted). Off: back to INFO. */
    public void setHttpTrace(boolean enabled) {
        HTTP_LOGGERS.forEach(name -> context.getLogger(name).setLevel(enabled ? Level.DEBUG : Level.INFO));
    }

    public boolean httpTrace() {
        return HTTP_LOGGERS.stream().allMatch(name -> context.getLogger(name).isDebugEnabled());
    }

    /** Masks this exact value in every log line from now on; call it for each key in use. */
    @Override
    public void mask(Secret secret) {
        redactor.register(secret);
    }

    public void unmask(Secret secret) {
        redactor.unregister(secret);
    }

    /** The folder the file appender writes to, for Help > "Open log folder". */
    public Path logDirectory() {
        String dir = context.getProperty(LOG_DIR_VARIABLE);
        if (dir == null) {
            dir = new LogDirectoryDefiner().getPropertyValue();
        }
        return Path.of(dir);
    }

    private record KeepRedactorOnReset(LogRedactor redactor) implements LoggerContextListener {

        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext context) {
            context.putObject(LogRedactor.CONTEXT_KEY, redactor);
        }

        @Override
        public void onStart(LoggerContext context) {
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }
}
