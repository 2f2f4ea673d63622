package com.pvsconsole.sim.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.state.IdSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks access tokens. Tokens are JWT-shaped like IAM's (header.payload.signature)
 * and carry the account in {@code account.bss}, so a client can read its account id from them.
 * Expiry follows the simulator's clock, so a test can let a token run out without waiting.
 */
public final class TokenIssuer {

    private static final Duration REFRESH_LIFETIME = Duration.ofDays(30);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    private final Duration lifetime;
    private final String accountId;
    private final String iamId;
    private final IdSource ids;
    private final ObjectMapper mapper;
    private final Map<String, Long> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Long> refreshTokens = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger issued = new java.util.concurrent.atomic.AtomicInteger();

    public TokenIssuer(Clock clock, Duration lifetime, String accountId, String iamId, IdSource ids, ObjectMapper mapper) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.accountId = accountId;
        this.iamId = iamId;
        this.ids = ids;
        this.mapper = mapper;
    }

    /** A fresh token pair, as IAM's token response. */
    public ObjectNode issue(String grantType) {
        long now = clock.millis();
        long expiration = (now + lifetime.toMillis()) / 1000;
        ObjectNode payload = mapper.createObjectNode();
        payload.put("iam_id", iamId);
        payload.put("id", iamId);
        payload.put("realmid", "IBMid");
        payload.put("jti", ids.uuid());
        payload.put("sub", iamId);
        payload.put("sub_type", "ServiceId");
        payload.putObject("account").put("valid", true).put("bss", accountId);
        payload.put("iat", now / 1000);
        payload.put("exp", expiration);
        payload.put("iss", "https://iam.cloud.ibm.com/identity");
        payload.put("grant_type", grantType);
        payload.put("scope", "ibm openid");
        payload.put("client_id", "default");
        String token = B64.encodeToString("{\"kid\":\"pvs-sim\",\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(ids.hex(64).getBytes(StandardCharsets.UTF_8));
        String refresh = ids.hex(48);
        issued.incrementAndGet();
        accessTokens.put(token, now + lifetime.toMillis());
        refreshTokens.put(refresh, now + REFRESH_LIFETIME.toMillis());
        ObjectNode response = mapper.createObjectNode();
        response.put("access_token", token);
        response.put("refresh_token", refresh);
        response.put("ims_user_id", 0);
        response.put("token_type", "Bearer");
        response.put("expires_in", lifetime.toSeconds());
        response.put("expiration", expiration);
        response.put("scope", "ibm openid");
        return response;
    }

    /** Spends a refresh token: valid once, like IAM's rotating refresh tokens. */
    public Optional<ObjectNode> refresh(String refreshToken) {
        Long expiry = refreshTokens.remove(refreshToken);
        if (expiry == null || expiry < clock.millis()) {
            return Optional.empty();
        }
        return Optional.of(issue("refresh_token"));
    }

    /** Every access token issued so far (tests check that none of them reached a file). */
    public java.util.Set<String> issuedAccessTokens() {
        return java.util.Set.copyOf(accessTokens.keySet());
    }

    /** How many tokens were issued so far (lets a test see that a client re-authenticated). */
    public int issuedCount() {
        return issued.get();
    }

    public TokenCheck check(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return TokenCheck.MISSING;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return TokenCheck.INVALID;
        }
        Long expiry = accessTokens.get(authorization.substring(7).trim());
        if (expiry == null) {
            return TokenCheck.INVALID;
        }
        return expiry <= clock.millis() ? TokenCheck.EXPIRED : TokenCheck.VALID;
    }

    /** Outcome of checking an Authorization header. */
    public enum TokenCheck { VALID, MISSING, INVALID, EXPIRED }
}
