package com.pvsconsole.sim.auth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.UrlEncoded;
import com.pvsconsole.sim.state.IdSource;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * IBM Cloud IAM's token endpoint, {@code POST /identity/token}: a form with
 * {@code grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=...} or
 * {@code grant_type=refresh_token&refresh_token=...}. Failures answer IAM's error shape
 * {@code {errorCode, errorMessage, context}}.
 */
public final class IamEndpoint {

    public static final String PATH = "/identity/token";
    public static final String APIKEY_GRANT = "urn:ibm:params:oauth:grant-type:apikey";

    private final String apiKey;
    private final TokenIssuer tokens;
    private final Clock clock;
    private final IdSource ids;

    public IamEndpoint(String apiKey, TokenIssuer tokens, Clock clock, IdSource ids) {
        this.apiKey = apiKey;
        this.tokens = tokens;
        this.clock = clock;
        this.ids = ids;
    }

    public Reply handle(String method, String contentType, String body, String userAgent) {
        if (!method.equals("POST")) {
            return error(405, "BXNIM0101E", "Method not allowed: use POST.", userAgent);
        }
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return error(400, "BXNIM0109E", "Content-Type must be application/x-www-form-urlencoded.", userAgent);
        }
        Map<String, String> form = UrlEncoded.decode(body);
        String grant = form.get("grant_type");
        if (grant == null || grant.isEmpty()) {
            return error(400, "BXNIM0109E", "Property missing or empty: grant_type.", userAgent);
        }
        if (grant.equals(APIKEY_GRANT)) {
            String key = form.get("apikey");
            if (key == null || key.isEmpty()) {
                return error(400, "BXNIM0109E", "Property missing or empty: apikey.", userAgent);
            }
            if (!key.equals(apiKey)) {
                return error(400, "BXNIM0415E", "Provided API key could not be found.", userAgent);
            }
            return Reply.ok(tokens.issue(APIKEY_GRANT));
        }
        if (grant.equals("refresh_token")) {
            Optional<ObjectNode> refreshed = tokens.refresh(form.getOrDefault("refresh_token", ""));
            return refreshed.map(Reply::ok).orElseGet(() ->
                    error(400, "BXNIM0407E", "Provided refresh token is invalid or expired.", userAgent));
        }
        return error(400, "BXNIM0308E", "Grant type is not supported: " + grant + ".", userAgent);
    }

    private Reply error(int status, String code, String message, String userAgent) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("errorCode", code);
        body.put("errorMessage", message);
        ObjectNode context = body.putObject("context");
        context.put("requestId", ids.hex(32));
        context.put("requestType", "incoming.OIDC_Token");
        context.put("userAgent", userAgent == null ? "" : userAgent);
        context.put("url", "https://iam.cloud.ibm.com");
        context.put("instanceId", "iamid-sim-0");
        context.put("threadId", ids.hex(8));
        context.put("host", "iamid-sim-0");
        String now = clock.instant().toString();
        context.put("startTime", now);
        context.put("endTime", now);
        context.put("elapsedTime", "0");
        context.put("locale", "en_US");
        context.put("clusterName", "iam-id-sim");
        return new Reply(status, body);
    }
}
