package com.pvsconsole.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A reverse proxy in front of the simulator that records every request it forwards (method, raw path
 * and query, CRN and Authorization headers, body) exactly as it arrived. Requests for
 * {@code {host}.localhost:PROXY} go to {@code {host}.localhost:SIM}, so the simulator still routes by
 * region. Point a client or a curl command at {@link #urlTemplate()} to see what it really sent.
 */
public final class RecordingProxy implements AutoCloseable {

    /** One request as received. {@code pathAndQuery} is raw (still percent-encoded). */
    public record Seen(String method, String pathAndQuery, String crn, String authorization, String body) {
    }

    private final HttpServer server;
    private final int targetPort;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final OkHttpClient http = new OkHttpClient.Builder()
            .dns(host -> host.endsWith(".localhost") || host.equals("localhost")
                    ? List.of(InetAddress.getLoopbackAddress()) : okhttp3.Dns.SYSTEM.lookup(host))
            .retryOnConnectionFailure(false)
            .build();

    public RecordingProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://{region}.localhost:PORT}, for a client's or a generator's public URL template. */
    public String urlTemplate() {
        return "http://{region}.localhost:" + server.getAddress().getPort();
    }

    public String privateUrlTemplate() {
        return "http://private.{region}.localhost:" + server.getAddress().getPort();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public List<Seen> seen(Predicate<Seen> filter) {
        return seen.stream().filter(filter).toList();
    }

    public void clear() {
        seen.clear();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = read(exchange.getRequestBody());
            String method = exchange.getRequestMethod();
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            seen.add(new Seen(method, pathAndQuery, exchange.getRequestHeaders().getFirst("CRN"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            String host = exchange.getRequestHeaders().getFirst("Host");
            host = host == null ? "localhost" : host.replaceFirst(":\\d+$", "");
            Request.Builder request = new Request.Builder().url("http://" + host + ":" + targetPort + pathAndQuery);
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")
                        && !name.equalsIgnoreCase("Connection")) {
                    values.forEach(v -> request.addHeader(name, v));
                }
            });
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            RequestBody requestBody = body.isEmpty() && !method.equals("POST") && !method.equals("PUT")
                    ? null : RequestBody.create(body.getBytes(StandardCharsets.UTF_8),
                    type == null ? null : MediaType.parse(type));
            request.method(method, requestBody);
            try (Response response = http.newCall(request.build()).execute()) {
                byte[] answer = response.body().bytes();
                String answerType = response.header("Content-Type");
                if (answerType != null) {
                    exchange.getResponseHeaders().set("Content-Type", answerType);
                }
                exchange.sendResponseHeaders(response.code(), answer.length == 0 ? -1 : answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
            // An IOException (the simulator dropped the connection) propagates: the JDK server then drops ours too.
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
