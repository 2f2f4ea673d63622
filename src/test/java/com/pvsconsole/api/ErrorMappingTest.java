package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.CTX;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pvsconsole.api.http.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each HTTP status and network failure becomes the right category, hint and user summary. */
class ErrorMappingTest {

    private static final HintCatalog HINTS = new HintCatalog(Locale.ROOT);
    private final CancellationToken none = CancellationToken.none();
    @RegisterExtension
    final FakePowerVs fake = new FakePowerVs();
    private final PowerVsClient client = OkHttpPowerVsClient.create(fake.config().retryPolicy(RetryPolicy.none()).build());



    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "400, INVALID_REQUEST, status.400", "401, AUTH, status.401.apikey", "403, FORBIDDEN, status.403",
        "404, NOT_FOUND, status.404", "408, TIMEOUT, status.408", "409, CONFLICT, status.409",
        "410, NOT_FOUND, status.410", "422, INVALID_REQUEST, status.422", "429, RATE_LIMITED, status.429",
        "500, SERVER, status.500", "502, SERVER, status.502", "503, SERVER, status.503", "504, SERVER, status.504",
        "418, INVALID_REQUEST, status.other4xx", "550, SERVER, status.other5xx",
    })
    void should_classify_each_status_with_its_hint_and_the_parsed_error_body(int status, ErrorCategory category,
            String hintKey) {
        fake.onApi(r -> FakePowerVs.json(status, "{\"code\":" + status + ",\"description\":\"desc " + status
                + "\",\"error\":\"err " + status + "\",\"message\":\"msg " + status + "\"}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class,
                () -> client.getInstance(CTX, "vm-1", none));

        assertThat(e.category()).isEqualTo(category);
        assertThat(e.status()).hasValue(status);
        assertThat(e.hintKey()).isEqualTo(hintKey);
        assertThat(HINTS.contains(hintKey)).as("catalog has " + hintKey).isTrue();
        assertThat(e.operation()).isEqualTo(new ApiOperation("GET",
                "/pcloud/v1/cloud-instances/{cloud_instance_id}/pvm-instances/{pvm_instance_id}"));
        assertThat(e.error()).hasValueSatisfying(error -> {
            assertThat(error.code()).isEqualTo(status);
            assertThat(error.description()).isEqualTo("desc " + status);
            assertThat(error.error()).isEqualTo("err " + status);
            assertThat(error.message()).isEqualTo("msg " + status);
        });
        ErrorSummary summary = e.summary(HINTS);
        assertThat(summary.title()).isEqualTo(HINTS.title(hintKey));
        assertThat(summary.hint()).isEqualTo(HINTS.hint(hintKey));
        assertThat(summary.serverMessage()).hasValue("msg " + status);
    }

    @Test
    void should_show_the_seed_description_and_recovery_text_for_a_409() {
        fake.onApi(r -> FakePowerVs.json(409, "{\"description\":\"instance is already started\"}"));

        ErrorSummary summary = catchThrowableOfType(PowerVsException.class,
                () -> client.performInstanceAction(CTX, "vm-1", InstanceAction.START, none)).summary(HINTS);

        assertThat(summary.title()).isEqualTo("Conflict");
        assertThat(summary.hint()).isEqualTo("The entity is already in the requested state.");
        assertThat(summary.serverMessage()).hasValue("instance is already started");
    }

    @Test
    void should_summarise_an_html_error_page_by_its_heading_not_its_markup() {
        String html = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(1000) + "</body></html>";
        fake.onApi(r -> new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(html).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER);
        assertThat(e.error()).isEmpty();
        assertThat(e.rawBodyExcerpt()).hasValue("HTML error page: 502 Bad Gateway");
        assertThat(e.summary(HINTS).serverMessage()).isEqualTo(e.rawBodyExcerpt());
    }

    @Test
    void should_summarise_an_html_error_page_by_its_title() {
        String html = "<!DOCTYPE html>\n<html><head><title>503 Service\n Temporarily Unavailable</title>"
                + "<style>body{}</style></head><body><center><h1>Sorry</h1></center></body></html>";
        fake.onApi(r -> new MockResponse.Builder().code(503).addHeader("Content-Type", "text/html").body(html).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.getJob(CTX, "j-1", none));

        assertThat(e.summary(HINTS).serverMessage()).hasValue("HTML error page: 503 Service Temporarily Unavailable");
    }

    @Test
    void should_keep_a_short_excerpt_of_a_plain_text_error_body() {
        String text = "upstream connect error " + "x".repeat(1000);
        fake.onApi(r -> new MockResponse.Builder().code(502).body(text).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.rawBodyExcerpt()).hasValueSatisfying(excerpt -> {
            assertThat(excerpt).startsWith("upstream connect error x");
            assertThat(excerpt.length()).isLessThanOrEqualTo(201);
        });
    }

    @Test
    void should_cope_with_an_empty_error_body() {
        fake.onApi(r -> new MockResponse.Builder().code(404).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.getJob(CTX, "j-1", none));

        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.error()).isEmpty();
        assertThat(e.rawBodyExcerpt()).isEmpty();
        assertThat(e.summary(HINTS)).isEqualTo(new ErrorSummary("Not Found",
                "The requested resource could not be found.", java.util.Optional.empty()));
    }

    @Test
    void should_treat_json_of_another_shape_as_no_error_body() {
        fake.onApi(r -> FakePowerVs.json(500, "{\"unexpected\":true}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.error()).isEmpty();
        assertThat(e.hintKey()).isEqualTo("status.500");
    }

    @Test
    void should_report_an_unreadable_success_body_as_bad_response() {
        fake.onApi(r -> FakePowerVs.json(200, "not json"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.getJob(CTX, "j-1", none));

        assertThat(e.category()).isEqualTo(ErrorCategory.BAD_RESPONSE);
        assertThat(e.hintKey()).isEqualTo("response.invalid");
    }

    @Test
    void should_report_an_unknown_host_as_dns_failure() {
        PowerVsClient unresolvable = OkHttpPowerVsClient.create(fake.config().retryPolicy(RetryPolicy.none())
                .dns(host -> {
                    if (host.endsWith(".localhost")) {
                        throw new UnknownHostException(host);
                    }
                    return java.util.List.of(InetAddress.getLoopbackAddress());
                }).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> unresolvable.listJobs(CTX, none));

        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
        assertThat(e.hintKey()).isEqualTo("network.dns");
        assertThat(e.status()).isEmpty();
    }

    @Test
    void should_report_a_refused_connection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PowerVsClient refused = OkHttpPowerVsClient.create(fake.config().retryPolicy(RetryPolicy.none())
                .urlTemplates("http://{region}.localhost:" + closedPort, "http://private.{region}.localhost:1").build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> refused.listJobs(CTX, none));

        assertThat(e.hintKey()).isEqualTo("network.refused");
        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
    }

    @Test
    void should_report_a_tls_failure() throws Exception {
        // A server that answers the TLS ClientHello with plain HTTP bytes: the handshake must fail at once.
        ExecutorService plainServer = Executors.newSingleThreadExecutor();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            plainServer.submit(() -> {
                try (Socket connection = socket.accept()) {
                    connection.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(US_ASCII));
                    connection.getOutputStream().flush();
                }
                return null;
            });
            PowerVsClient tls = OkHttpPowerVsClient.create(fake.config().retryPolicy(RetryPolicy.none())
                    .urlTemplates("https://{region}.localhost:" + socket.getLocalPort(), "https://private.{region}.x")
                    .build());

            PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> tls.listJobs(CTX, none));

            assertThat(e.hintKey()).isEqualTo("network.tls");
            assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
        } finally {
            plainServer.shutdownNow();
        }
    }

    @Test
    void should_report_a_read_timeout() {
        fake.onApi(r -> new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
        PowerVsClient impatient = OkHttpPowerVsClient.create(fake.config().retryPolicy(RetryPolicy.none())
                .timeouts(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(5)).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> impatient.listJobs(CTX, none));

        assertThat(e.category()).isEqualTo(ErrorCategory.TIMEOUT);
        assertThat(e.hintKey()).isEqualTo("network.timeout");
    }

    @Test
    void should_never_put_a_stack_trace_in_the_summary() {
        fake.onApi(r -> new MockResponse.Builder().code(500).body("java.lang.NullPointerException\n\tat x.y(Z.java:1)")
                .build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        ErrorSummary summary = e.summary(HINTS);
        assertThat(summary.title()).isEqualTo("Internal Server Error");
        assertThat(summary.serverMessage().orElseThrow()).doesNotContain("\n", "\t");
        assertThat(summary.toString()).doesNotContain("PowerVsException", "CallExecutor");
    }
}
