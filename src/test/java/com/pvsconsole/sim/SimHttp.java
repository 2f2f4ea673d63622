package com.pvsconsole.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The tests' raw HTTP client for the simulator (OkHttp, not the api package): resolves
 * {@code *.localhost} to loopback, adds the token and the CRN, and hands every exchange to a
 * {@link ContractRecorder}.
 */
final class SimHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

    private final PowerVsSimulator sim;
    private final OkHttpClient http;
    private final ContractRecorder recorder;
    private String token;

    /** One answer: status, content type, raw body and the Retry-After header (null when absent). */
    record Answer(int status, String contentType, String text, String retryAfter) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    SimHttp(PowerVsSimulator sim, ContractRecorder recorder) {
        this.sim = sim;
        this.recorder = recorder;
        this.http = new OkHttpClient.Builder()
                .dns(host -> host.endsWith(".localhost") || host.equals("localhost")
                        ? List.of(InetAddress.getLoopbackAddress()) : okhttp3.Dns.SYSTEM.lookup(host))
                .retryOnConnectionFailure(false)
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    OkHttpClient okHttp() {
        return http;
    }

    SimHttp login() {
        token = tokenResponse(sim.apiKey()).json().get("access_token").asText();
        return this;
    }

    void useToken(String token) {
        this.token = token;
    }

    Answer tokenResponse(String apiKey) {
        return form(new FormBody.Builder().add("grant_type", "urn:ibm:params:oauth:grant-type:apikey")
                .add("apikey", apiKey).build());
    }

    Answer refresh(String refreshToken) {
        return form(new FormBody.Builder().add("grant_type", "refresh_token").add("refresh_token", refreshToken).build());
    }

    private Answer form(FormBody body) {
        return call(new Request.Builder().url(sim.iamUrl() + "/identity/token").post(body).build());
    }

    /** The CRN of the workspace with this id. */
    String crnOf(String workspaceId) {
        return sim.workspaces().stream().filter(w -> w.id().equals(workspaceId)).findFirst()
                .map(PowerVsSimulator.WorkspaceInfo::crn)
                .orElse("crn:v1:bluemix:public:power-iaas:dal10:a/" + sim.accountId() + ":" + workspaceId + "::");
    }

    Answer get(String region, String path) {
        return send(region, "GET", path, null, defaultCrn(path));
    }

    Answer delete(String region, String path) {
        return send(region, "DELETE", path, null, defaultCrn(path));
    }

    Answer post(String region, String path, String json) {
        return send(region, "POST", path, json, defaultCrn(path));
    }

    Answer put(String region, String path, String json) {
        return send(region, "PUT", path, json, defaultCrn(path));
    }

    /** Sends with an explicit CRN header (null = none). */
    Answer send(String region, String method, String path, String json, String crn) {
        Request.Builder request = new Request.Builder().url(sim.regionUrl(region) + path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (crn != null) {
            request.header("CRN", crn);
        }
        RequestBody body = json == null ? (method.equals("POST") || method.equals("PUT")
                ? RequestBody.create(new byte[0], APPLICATION_JSON) : null) : RequestBody.create(json, APPLICATION_JSON);
        request.method(method, body);
        Answer answer = call(request.build());
        JsonNode requestJson = json == null ? null : parse(json);
        JsonNode responseJson = answer.text().isEmpty() ? null : parse(answer.text());
        recorder.record(method, path, requestJson, answer.status(), responseJson);
        return answer;
    }

    private String defaultCrn(String path) {
        String prefix = "/pcloud/v1/cloud-instances/";
        if (path.startsWith(prefix)) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            return crnOf(slash < 0 ? rest : rest.substring(0, slash));
        }
        if (path.startsWith("/v1/workspaces")) {
            return null;
        }
        return sim.workspaces().get(0).crn();
    }

    Answer call(Request request) {
        try (Response response = http.newCall(request).execute()) {
            String contentType = response.header("Content-Type", "");
            return new Answer(response.code(), contentType, response.body().string(), response.header("Retry-After"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
