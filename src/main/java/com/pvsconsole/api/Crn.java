package com.pvsconsole.api;

import java.util.regex.Pattern;

/**
 * A Power VS workspace CRN, {@code crn:v1:bluemix:public:power-iaas:<zone>:a/<account>:<cloud_instance_id>::}.
 * The service name is {@code power-iaas}, or {@code ppc-aas} for workspaces created through the newer
 * catalog entry (IBM's SDK accepts both). Parsing is strict about the parts the client relies on (service
 * name, account, instance id) and tells the user which part is wrong.
 */
public record Crn(String cloudName, String cloudType, String location, String accountId, String cloudInstanceId,
        String serviceName) {

    private static final String SERVICE = "power-iaas";
    private static final java.util.Set<String> SERVICES = java.util.Set.of(SERVICE, "ppc-aas");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]+");

    public Crn {
        requirePart(cloudName, "input.crn.cloud_name", "cloud name");
        requirePart(cloudType, "input.crn.cloud_type", "cloud type");
        requirePart(location, "input.crn.location", "location (zone)");
        requirePart(accountId, "input.crn.account", "account id");
        requirePart(cloudInstanceId, "input.crn.instance", "cloud instance id");
        if (serviceName == null || !SERVICES.contains(serviceName)) {
            throw PowerVsException.invalidInput("input.crn.service", "CRN service must be one of " + SERVICES);
        }
    }

    /** A {@code power-iaas} CRN. */
    public Crn(String cloudName, String cloudType, String location, String accountId, String cloudInstanceId) {
        this(cloudName, cloudType, location, accountId, cloudInstanceId, SERVICE);
    }

    /** A public-cloud CRN in zone {@code location}. */
    public static Crn of(String location, String accountId, String cloudInstanceId) {
        return new Crn("bluemix", "public", location, accountId, cloudInstanceId);
    }

    public static Crn parse(String text) {
        if (text == null || text.isBlank()) {
            throw PowerVsException.invalidInput("input.crn.empty", "CRN is empty");
        }
        String crn = text.strip();
        if (!crn.startsWith("crn:v1:")) {
            throw PowerVsException.invalidInput("input.crn.prefix", "CRN must start with crn:v1:");
        }
        String[] parts = crn.split(":", -1);
        if (parts.length != 10) {
            throw PowerVsException.invalidInput("input.crn.shape",
                    "CRN must have 10 colon-separated parts, found " + parts.length);
        }
        if (!SERVICES.contains(parts[4])) {
            throw PowerVsException.invalidInput("input.crn.service",
                    "CRN service must be power-iaas or ppc-aas, found '" + parts[4] + "'");
        }
        String scope = parts[6];
        if (!scope.startsWith("a/") || scope.length() == 2) {
            throw PowerVsException.invalidInput("input.crn.account", "CRN scope must be a/<account id>");
        }
        return new Crn(parts[2], parts[3], parts[5], scope.substring(2), parts[7], parts[4]);
    }

    /** The wire form, as sent in the {@code CRN} header. */
    public String format() {
        return String.join(":", "crn", "v1", cloudName, cloudType, serviceName, location, "a/" + accountId,
                cloudInstanceId, "", "");
    }

    @Override
    public String toString() {
        return format();
    }

    private static void requirePart(String value, String hintKey, String what) {
        if (value == null || value.isBlank()) {
            throw PowerVsException.invalidInput(hintKey, "CRN is missing its " + what);
        }
        if (!TOKEN.matcher(value).matches()) {
            throw PowerVsException.invalidInput(hintKey, "CRN " + what + " has unexpected characters");
        }
    }
}
