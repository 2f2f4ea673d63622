package com.pvsconsole.api.auth;

import com.pvsconsole.api.CancellationToken;

/** Hands out a valid bearer token for Power VS calls. */
public interface AccessTokenSource {

    /** A token that is valid now, fetching or refreshing it if needed. */
    String token(CancellationToken cancel);

    /** Forgets {@code rejectedToken} after the service answered 401 with it, so the next {@link #token} refreshes. */
    void invalidate(String rejectedToken);
}
