package com.pvsconsole.service.accounts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.pvsconsole.service.settings.EndpointType;
import java.net.URI;
import java.net.URISyntaxException;
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
        requireText(id, "id");
        requireText(name, "name");
        Objects.requireNonNull(kind, "kind");
        endpointType = endpointType == null ? EndpointType.PUBLIC : endpointType;
        iamUrl = checkedUrl(iamUrl, "IAM URL");
        apiUrlTemplate = checkedUrl(apiUrlTemplate, "Power VS URL template");
        httpsProxy = checkedUrl(httpsProxy, "HTTPS proxy");
        if (apiUrlTemplate != null && !apiUrlTemplate.contains(REGION_PLACEHOLDER)) {
            throw new IllegalArgumentException("The Power VS URL template must contain " + REGION_PLACEHOLDER);
        }
        if (httpsProxy != null && URI.create(httpsProxy).getRawUserInfo() != null) {
            throw new IllegalArgumentException("Proxy credentials are not supported; give the proxy as http://host:port");
        }
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

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The account " + what + " must not be empty");
        }
    }

    /** Null or blank means "not set"; anything else must be an absolute http(s) URL. */
    private static String checkedUrl(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        try {
            // The template's {region} is not legal in a host name; check a filled-in copy.
            URI uri = new URI(url.replace(REGION_PLACEHOLDER, "region"));
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("The " + what + " must be an http:// or https:// URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The " + what + " is not a valid URL", e);
        }
        return url;
    }
}
