package com.pvsconsole.api;

import com.pvsconsole.api.http.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One MockWebServer playing both IBM Cloud IAM ({@code POST /identity/token}) and a Power VS region, reached
 * as {@code http://{region}.localhost:PORT} through the client's loopback DNS, like the simulator. Power VS
 * answers come from a queue (default: 200 {}) or a handler; every request is recorded. Register it with
 * {@code @RegisterExtension} on an instance field: one server per test, stopped after it.
 */
final class FakePowerVs implements AutoCloseable, AfterEachCallback {

    static final String API_KEY = "test-api-key-9f8e7d6c5b4a";
    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String INSTANCE_ID = "7f3a9e2c-5b1d-4c8e-9f6a-2d4b8c1e0a57";
    static final Crn CRN = Crn.of("dal10", ACCOUNT, INSTANCE_ID);
    static final WorkspaceContext CTX = WorkspaceContext.of("us-south", EndpointType.PUBLIC, CRN);

    final MockWebServer server = new MockWebServer();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final List<RecordedRequest> tokenRecords = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<MockResponse> apiQueue = new ConcurrentLinkedQueue<>();
    private volatile Function<RecordedRequest, MockResponse> apiHandler;
    private volatile Function<Integer, MockResponse> tokenHandler = FakePowerVs::issueToken;

    FakePowerVs() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/identity/token")) {
                    tokenRecords.add(request);
                    return tokenHandler.apply(tokenRequests.incrementAndGet());
                }
                apiRequests.add(request);
                MockResponse queued = apiQueue.poll();
                if (queued != null) {
                    return queued;
                }
                return apiHandler != null ? apiHandler.apply(request) : json(200, "{}");
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tokenValue(int n) {
        return "access-token-" + n + "-secret";
    }

    static MockResponse issueToken(int n) {
        return json(200, "{\"access_token\":\"" + tokenValue(n) + "\",\"refresh_token\":\"refresh-token-" + n
                + "-secret\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"expiration\":1893456000}");
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse fixture(int code, String name) {
        return json(code, readFixture(name));
    }

    static String readFixture(String name) {
        try (InputStream in = FakePowerVs.class.getResourceAsStream("/api-fixtures/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void enqueue(MockResponse... responses) {
        apiQueue.addAll(List.of(responses));
    }

    void onApi(Function<RecordedRequest, MockResponse> handler) {
        this.apiHandler = handler;
    }

    void onToken(Function<Integer, MockResponse> handler) {
        this.tokenHandler = handler;
    }

    String publicTemplate() {
        return "http://{region}.localhost:" + server.getPort();
    }

    String privateTemplate() {
        return "http://private.{region}.localhost:" + server.getPort();
    }

    /** Config pointed at this server, with a fast, recording sleeper and a fixed-jitter retry policy. */
    PowerVsClientConfig.Builder config() {
        return config(() -> API_KEY);
    }

    /** The same, asking {@code apiKey} for the key at each exchange (a key the user edits). */
    PowerVsClientConfig.Builder config(java.util.function.Supplier<String> apiKey) {
        return PowerVsClientConfig.builder(apiKey, "1.2.3-test")
                .iamBaseUrl(server.url("/").toString())
                .urlTemplates(publicTemplate(), privateTemplate())
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .retryPolicy(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(30),
                        () -> 1.0))
                .sleeper((delay, cancel) -> sleeps.add(delay));
    }

    PowerVsClient client() {
        return OkHttpPowerVsClient.create(config().build());
    }

    RecordedRequest lastApiRequest() {
        return apiRequests.get(apiRequests.size() - 1);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
    }
}
