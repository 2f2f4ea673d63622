package com.pvsconsole.api.http;

import java.util.regex.Pattern;

/**
 * Masks credentials in text that may reach a log or an error message: bearer tokens, {@code apikey=}
 * form fields and JSON token fields. A second line of defence: the client never logs headers or bodies.
 */
public final class SecretRedactor {

    private static final String MASK = "<redacted>";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern FORM_KEY = Pattern.compile("(?i)((?:api_?key|access_token|refresh_token)=)[^&\\s]+");
    private static final Pattern JSON_KEY = Pattern.compile(
            "(?i)(\"(?:api_?key|access_token|refresh_token|id_token)\"\\s*:\\s*\")[^\"]*");

    private SecretRedactor() {
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = BEARER.matcher(text).replaceAll("$1" + MASK);
        out = FORM_KEY.matcher(out).replaceAll("$1" + MASK);
        return JSON_KEY.matcher(out).replaceAll("$1" + MASK);
    }
}
