package com.pvsconsole.app.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A pattern layout whose whole output (message, arguments, exception text, MDC) passes
 * through the context's {@link LogRedactor}, so every appender that uses it is covered.
 */
public final class RedactingPatternLayout extends PatternLayout {

    private LogRedactor redactor;

    @Override
    public void start() {
        redactor = LogRedactor.forContext(getContext());
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return redactor.redact(super.doLayout(event));
    }
}
