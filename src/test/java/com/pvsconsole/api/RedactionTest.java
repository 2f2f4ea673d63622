package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.CTX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** With everything at DEBUG, a full flow (sign-in, calls, 401 replay, errors) logs neither key nor tokens. */
class RedactionTest {

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("com.pvsconsole");
    private Level rootLevel;
    private Level oursLevel;
    private FakePowerVs fake;

    @BeforeEach
    void captureLogs() {
        rootLevel = root.getLevel();
        oursLevel = ours.getLevel();
        root.setLevel(Level.DEBUG);
        ours.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
        fake = new FakePowerVs();
    }

    @AfterEach
    void restore() {
        fake.close();
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        ours.setLevel(oursLevel);
    }

    @Test
    void should_keep_key_and_tokens_out_of_every_log_line_and_error() {
        PowerVsClient client = fake.client();
        fake.enqueue(FakePowerVs.json(401, "{}"), FakePowerVs.fixture(200, "jobs"),
                FakePowerVs.json(503, "{}"), FakePowerVs.fixture(200, "pvm-instances"),
                FakePowerVs.json(400, "{\"description\":\"bad\"}"));

        client.listJobs(CTX, CancellationToken.none());
        client.listInstances(CTX, CancellationToken.none());
        PowerVsException failure = catchThrowableOfType(PowerVsException.class,
                () -> client.createVolume(CTX, ClientCallsTest.newVolume(), CancellationToken.none()));
        fake.onToken(n -> FakePowerVs.json(400, "{\"errorCode\":\"BXNIM0415E\",\"errorMessage\":\"Provided API key "
                + "could not be found.\",\"context\":{}}"));
        PowerVsException iamFailure = catchThrowableOfType(PowerVsException.class,
                () -> OkHttpPowerVsClient.create(fake.config().build()).listJobs(CTX, CancellationToken.none()));

        String logs = captured.list.stream().map(RedactionTest::render).collect(Collectors.joining("\n"));
        assertThat(captured.list).as("DEBUG logging was on and captured").hasSizeGreaterThan(5);
        assertThat(logs).contains("/pcloud/v1/cloud-instances/").contains("/identity/token");
        List<String> secrets = List.of(FakePowerVs.API_KEY, FakePowerVs.tokenValue(1), FakePowerVs.tokenValue(2),
                "refresh-token-1-secret", "refresh-token-2-secret", "secret");
        for (String secret : secrets) {
            assertThat(logs).doesNotContain(secret);
            assertThat(failure.toString()).doesNotContain(secret);
            assertThat(iamFailure.toString()).doesNotContain(secret);
        }
    }

    private static String render(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap() + thrown;
    }
}
