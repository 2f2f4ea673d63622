package com.pvsconsole.service.accounts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The rules for an account's fields, each returning the problem in words (or empty), so the
 * add-account dialog can show them beside the fields and {@link AccountProfile} can enforce them.
 */
final class AccountFieldRules {

    private AccountFieldRules() {
    }

    static Optional<String> name(String name) {
        return isBlank(name) ? Optional.of("Give the account a name.") : Optional.empty();
    }

    static Optional<String> iamUrl(String url) {
        return url(url, "The IAM URL");
    }

    static Optional<String> apiUrlTemplate(String template) {
        Optional<String> problem = url(template, "The Power VS URL template");
        if (problem.isEmpty() && !isBlank(template) && !template.contains(AccountProfile.REGION_PLACEHOLDER)) {
            return Optional.of("The Power VS URL template must contain " + AccountProfile.REGION_PLACEHOLDER
                    + ", e.g. https://{region}.power-iaas.cloud.ibm.com");
        }
        return problem;
    }

    static Optional<String> httpsProxy(String proxy) {
        Optional<String> problem = url(proxy, "The HTTPS proxy");
        if (problem.isEmpty() && !isBlank(proxy) && URI.create(proxy.strip()).getRawUserInfo() != null) {
            return Optional.of("Proxy credentials are not supported (they would be stored in a plain file); "
                    + "give the proxy as http://host:port.");
        }
        return problem;
    }

    /** Null or blank means "not set"; anything else must be an absolute http(s) URL with a host. */
    private static Optional<String> url(String value, String what) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            // The template's {region} is not legal in a host name; check a filled-in copy.
            URI uri = new URI(value.strip().replace(AccountProfile.REGION_PLACEHOLDER, "region"));
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                return Optional.of(what + " must be an http:// or https:// URL.");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(what + " is not a valid URL.");
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
