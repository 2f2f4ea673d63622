package com.pvsconsole.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;

class LogDirectoryDefinerTest {

    @Test
    void should_prefer_the_folder_set_on_the_logging_context() {
        LoggerContext context = new LoggerContext();
        context.putProperty(LogSetup.LOG_DIR_PROPERTY, "/var/tmp/pvs-logs");
        LogDirectoryDefiner definer = new LogDirectoryDefiner();
        definer.setContext(context);

        assertThat(definer.getPropertyValue()).isEqualTo("/var/tmp/pvs-logs");
    }
}
