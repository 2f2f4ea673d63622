package com.pvsconsole.app;

import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.region.EndpointUrls;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.Secret;
import com.pvsconsole.ui.shell.AccountInfo;
import java.util.Objects;

/** Turns a real account (profile plus key) into the console's connection target. */
final class AccountConnection {

    /** Real accounts open on the first region of the catalog until settings remember one. */
    private static final String FIRST_REGION = "us-south";

    private AccountConnection() {
    }

    /**
     * A custom API URL template serves both endpoint kinds (a proxy or staging service has no
     * separate private host); otherwise IBM's public and private templates are used.
     */
    static ConnectionTarget of(AccountProfile profile, Secret key) {
        String iam = Objects.requireNonNullElse(profile.iamUrl(), PowerVsClientConfig.DEFAULT_IAM_URL);
        String publicTemplate = Objects.requireNonNullElse(profile.apiUrlTemplate(), EndpointUrls.PUBLIC_TEMPLATE);
        String privateTemplate = Objects.requireNonNullElse(profile.apiUrlTemplate(), EndpointUrls.PRIVATE_TEMPLATE);
        return new ConnectionTarget(iam, publicTemplate, privateTemplate, key::reveal,
                new AccountInfo(profile.name(), false), FIRST_REGION);
    }
}
