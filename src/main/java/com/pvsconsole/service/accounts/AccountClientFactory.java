package com.pvsconsole.service.accounts;

import com.pvsconsole.api.CancellationToken;

/**
 * Where the service layer gets an API client for an account (the app builds them: URLs,
 * overrides, proxy, the demo's simulator), so neither the UI nor the services construct one.
 * Both methods may block: call them off the FX thread.
 */
public interface AccountClientFactory {

    /** A client for the account, asking {@code key} whenever it needs a token. */
    AccountConnection connect(AccountProfile profile, Secret key);

    /**
     * Exchanges the key for a token at the account's IAM, once, to check it.
     *
     * @throws com.pvsconsole.api.PowerVsException with IAM's reason (key not accepted or
     *         disabled, network unreachable, IAM down)
     */
    void signIn(AccountProfile profile, Secret key, CancellationToken cancel);
}
