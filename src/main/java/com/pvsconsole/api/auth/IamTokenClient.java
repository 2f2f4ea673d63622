package com.pvsconsole.api.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.http.HttpLog;
import com.pvsconsole.api.http.NetworkFailures;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Exchanges an API key for an access token at IBM Cloud IAM ({@code POST /identity/token}). Runs on OkHttp's
 * dispatcher so that a caller giving up does not abort a refresh other callers are waiting for.
 */
public final class IamTokenClient {

    static final ApiOperation OPERATION = new ApiOperation("POST", "/identity/token");
    private static final String GRANT_TYPE = "urn:ibm:params:oauth:grant-type:apikey";

    private final OkHttpClient http;
    private final HttpUrl tokenUrl;
    private final String userAgent;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public IamTokenClient(OkHttpClient http, String iamBaseUrl, String userAgent, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        HttpUrl base = HttpUrl.parse(Objects.requireNonNull(iamBaseUrl, "iamBaseUrl"));
        if (base == null) {
            throw PowerVsException.invalidInput("input.url.template", "IAM URL is not valid: " + iamBaseUrl);
        }
        this.tokenUrl = base.newBuilder().addPathSegments("identity/token").build();
        this.userAgent = userAgent;
        this.clock = clock;
    }

    /** Starts the exchange; the future fails with a {@link PowerVsException}. */
    public CompletableFuture<AccessToken> exchange(String apiKey) {
        Request request = new Request.Builder().url(tokenUrl)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .post(new FormBody.Builder().add("grant_type", GRANT_TYPE).add("apikey", apiKey).build())
                .build();
        CompletableFuture<AccessToken> result = new CompletableFuture<>();
        long started = HttpLog.start();
        http.newCall(request).enqueue(new Callback() {
            @Override
            public void onResponse(Call call, Response response) {
                try (ResponseBody body = response.body()) {
                    String text = body.string();
                    HttpLog.answered(request, response.code(), started);
                    if (response.isSuccessful()) {
                        result.complete(parseToken(text));
                    } else {
                        result.completeExceptionally(IamFailures.fromResponse(OPERATION, response.code(), text, json));
                    }
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(failure(call, e));
                }
            }

            @Override
            public void onFailure(Call call, IOException e) {
                HttpLog.failed(request, e, started);
                result.completeExceptionally(failure(call, e));
            }
        });
        return result;
    }

    private AccessToken parseToken(String text) {
        TokenResponse token;
        try {
            token = json.readValue(text, TokenResponse.class);
        } catch (IOException e) {
            throw PowerVsException.builder(ErrorCategory.BAD_RESPONSE, OPERATION, "response.invalid")
                    .detail("IAM token response is not JSON").build();
        }
        if (token.accessToken() == null || token.accessToken().isBlank()) {
            throw PowerVsException.builder(ErrorCategory.BAD_RESPONSE, OPERATION, "response.invalid")
                    .detail("IAM token response has no access_token").build();
        }
        long expiresIn = token.expiresIn() == null ? 3600 : token.expiresIn();
        return AccessToken.issued(token.accessToken(), clock.instant(), expiresIn);
    }

    private static RuntimeException failure(Call call, Exception e) {
        if (e instanceof PowerVsException p) {
            return p;
        }
        if (e instanceof IOException io) {
            // Nobody cancels an exchange (callers stop waiting instead), so a cancelled call here is OkHttp's call timeout.
            return NetworkFailures.fromIoException(OPERATION, io, false);
        }
        return PowerVsException.builder(ErrorCategory.BAD_RESPONSE, OPERATION, "response.invalid").cause(e).build();
    }

    /** IAM's token answer; refresh_token is deliberately not kept (we re-exchange the API key instead). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") Long expiresIn,
            @JsonProperty("expiration") Long expiration) {

        @Override
        public String toString() {
            return "TokenResponse[<redacted>]";
        }
    }
}
