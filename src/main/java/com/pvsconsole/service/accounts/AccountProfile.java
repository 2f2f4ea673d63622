package com.pvsconsole.service.accounts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.pvsconsole.api.EndpointType;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An account the console can sign in to, without its key (the key is in a {@link SecretStore}
 * under {@link #id()}). Overrides are null when unset; read them through the Optional
 * accessors. The constructor rejects values that would send a key somewhere unexpected.
 *
 * @param iamUrl           IAM base URL instead of {@code https://iam.cloud.ibm.com}
 * @param apiUrlTemplate   Power VS base URL template with {@code {region}}, instead of IBM's
 * @param httpsProxy       proxy as {@code http://host:port} (credentials are not supported: they
 *                         would end up in a plain file)
 */
public record AccountProfile(String id, String name, EndpointType endpointType, String iamUrl,
        String apiUrlTemplate, String httpsProxy, AccountKind kind) {

    public static final String DEMO_ID = "demo";
    public static final String ENVIRONMENT_ID = "environment";
    public static final String REGION_PLACEHOLDER = "{region}";

    public AccountProfile {
        if (AccountFieldRules.isBlank(id)) {
            throw new IllegalArgumentException("The account id must not be empty");
        }
        AccountFieldRules.name(name).ifPresent(AccountProfile::reject);
        Objects.requireNonNull(kind, "kind");
        endpointType = endpointType == null ? EndpointType.PUBLIC : endpointType;
        AccountFieldRules.iamUrl(iamUrl).ifPresent(AccountProfile::reject);
        AccountFieldRules.apiUrlTemplate(apiUrlTemplate).ifPresent(AccountProfile::reject);
        AccountFieldRules.httpsProxy(httpsProxy).ifPresent(AccountProfile::reject);
        iamUrl = AccountFieldRules.blankToNull(iamUrl);
        apiUrlTemplate = AccountFieldRules.blankToNull(apiUrlTemplate);
        httpsProxy = AccountFieldRules.blankToNull(httpsProxy);
    }

    /** The demo account on the embedded simulator. */
    public static AccountProfile demo() {
        return new AccountProfile(DEMO_ID, "Demo", EndpointType.PUBLIC, null, null, null, AccountKind.DEMO);
    }

    /** A new user account with a fresh id; null overrides mean IBM's defaults. */
    public static AccountProfile newIbmCloud(String name, EndpointType endpointType, String iamUrl,
            String apiUrlTemplate, String httpsProxy) {
        return new AccountProfile(UUID.randomUUID().toString(), name == null ? null : name.strip(), endpointType,
                iamUrl, apiUrlTemplate, httpsProxy, AccountKind.IBM_CLOUD);
    }

    @JsonIgnore
    public Optional<String> iamUrlOverride() {
        return Optional.ofNullable(iamUrl);
    }

    @JsonIgnore
    public Optional<String> apiUrlTemplateOverride() {
        return Optional.ofNullable(apiUrlTemplate);
    }

    @JsonIgnore
    public Optional<URI> proxy() {
        return Optional.ofNullable(httpsProxy).map(URI::create);
    }

    @JsonIgnore
    public boolean isDemo() {
        return kind == AccountKind.DEMO;
    }

    private static void reject(String problem) {
        throw new IllegalArgumentException(problem);
    }
}
