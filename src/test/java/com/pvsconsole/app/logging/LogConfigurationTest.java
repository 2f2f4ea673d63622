package com.pvsconsole.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import com.pvsconsole.service.accounts.Secret;
import com.pvsconsole.testsupport.SecretScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the app's real logging set-up ({@link ConsoleLogConfigurator}) in a private Logback context writing to a temp folder. */
class LogConfigurationTest {

    private static final String API_KEY = "unlabelled0apikey0ZZZ999";
    private static final String TOKEN = "eyJraWQiOiIyMDI2In0.eyJpYW1faWQiOiJJQk1pZC0xIn0.sig-nature_x";
    private static final String REFRESH = "refresh-ABCDEFGHIJ0123";

    @TempDir
    Path logs;

    private LoggerContext context;

    @BeforeEach
    void configure() throws Exception {
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty(LogSetup.LOG_DIR_PROPERTY, logs.toString());
        ConsoleLogConfigurator.apply(context);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private String logFile() throws Exception {
        context.stop();
        assertThat(new StatusUtil(context).getHighestLevel(0)).as("Logback status errors").isLessThan(Status.ERROR);
        return Files.readString(logs.resolve("pvs-console.log"));
    }

    @Test
    void should_write_to_the_configured_folder_with_secrets_masked() throws Exception {
        LogControl control = new LogControl(context);
        control.mask(Secret.of(API_KEY));
        Logger log = context.getLogger("com.pvsconsole.api.Auth");

        log.info("Requesting token with apikey={}", API_KEY);
        log.info("Someone logged the key bare: {}", API_KEY);
        log.info("Authorization: Bearer {}", TOKEN);
        log.info("IAM answered {\"access_token\":\"{}\",\"refresh_token\":\"{}\"}", TOKEN, REFRESH);
        log.warn("Call failed", new IllegalStateException("401 for Bearer " + TOKEN));

        assertThat(control.logDirectory()).isEqualTo(logs);
        String file = logFile();
        assertThat(file).contains("Requesting token with apikey=[REDACTED]", "Call failed", "IllegalStateException");
        assertThat(file).doesNotContain(API_KEY, TOKEN, REFRESH);
        assertThat(SecretScanner.filesContaining(logs, API_KEY, TOKEN, REFRESH)).isEmpty();
    }

    @Test
    void should_still_mask_registered_keys_after_logging_is_reconfigured() throws Exception {
        LogControl control = new LogControl(context);
        control.mask(Secret.of(API_KEY));

        context.reset();
        context.putProperty(LogSetup.LOG_DIR_PROPERTY, logs.toString());
        ConsoleLogConfigurator.apply(context);
        context.getLogger("com.pvsconsole.Any").info("after reconfiguration: {}", API_KEY);

        assertThat(logFile()).contains("after reconfiguration: [REDACTED]").doesNotContain(API_KEY);
    }

    @Test
    void should_log_http_traces_only_when_switched_on_and_still_redacted() throws Exception {
        LogControl control = new LogControl(context);
        Logger http = context.getLogger("com.pvsconsole.api.http.CallExecutor");

        http.debug("--> GET /pcloud/v1/cloud-instances (trace off)");
        control.setHttpTrace(true);
        http.debug("--> POST /identity/token apikey={} (trace on)", API_KEY);
        boolean onWhileOn = control.httpTrace();
        control.setHttpTrace(false);
        http.debug("--> GET /after (trace off again)");

        String file = logFile();
        assertThat(onWhileOn).isTrue();
        assertThat(file).contains("(trace on)").doesNotContain("(trace off)", "(trace off again)", API_KEY);
    }

    @Test
    void should_log_the_console_at_info_and_other_libraries_at_warn_only() {
        // given the app's set-up (from @BeforeEach)
        // then
        assertThat(context.getLogger("com.pvsconsole.service.inventory.InventoryService").isInfoEnabled()).isTrue();
        assertThat(context.getLogger("com.pvsconsole.service.inventory.InventoryService").isDebugEnabled()).isFalse();
        assertThat(context.getLogger("okhttp3.OkHttpClient").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("okhttp3.OkHttpClient").isWarnEnabled()).isTrue();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNotNull();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNotNull();
    }

    @Test
    void should_step_aside_for_a_logback_test_xml_on_the_class_path() {
        // given a fresh context and the tests' class path, which has logback-test.xml
        LoggerContext fresh = new LoggerContext();
        ConsoleLogConfigurator configurator = new ConsoleLogConfigurator();
        configurator.setContext(fresh);

        // when Logback asks the service configurator first
        ch.qos.logback.classic.spi.Configurator.ExecutionStatus status = configurator.configure(fresh);

        // then it lets Logback read that file and sets nothing up itself
        assertThat(status).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(fresh.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        fresh.stop();
    }
}
