package com.pvsconsole.app.logging;

import ch.qos.logback.core.Context;
import com.pvsconsole.service.accounts.Secret;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence between a secret and a log file: masks bearer tokens, API keys
 * and OAuth tokens in any text, by shape, plus the exact values registered at run time (the
 * keys in use). Code should never log secrets in the first place; this catches mistakes.
 * One instance per Logback context, kept in the context's object map.
 */
public final class LogRedactor {

    public static final String MASK = "[REDACTED]";
    static final String CONTEXT_KEY = "pvs-console.redactor";
    /** Shorter values would mask ordinary words; real keys and tokens are far longer. */
    static final int MIN_REGISTERED_LENGTH = 6;

    private static final List<Rule> RULES = List.of(
            // Authorization: Bearer <token> / Basic <credentials>
            new Rule(Pattern.compile("(?i)\\b((?:Bearer|Basic)\\s+)[A-Za-z0-9._~+/=-]{4,}"), "$1" + MASK),
            // apikey=..., "apikey":"...", access_token=..., "refresh_token": "...", client_secret, password
            new Rule(Pattern.compile("(?i)((?:api[_-]?key|(?:access|refresh|id)_token|client_secret|password)"
                    + "[\"']?\\s*[=:]\\s*[\"']?)[^\\s\"'&,;}]+"), "$1" + MASK),
            // A token in a URL's query (the noVNC console link carries one): ?token=..., &console_token=...
            new Rule(Pattern.compile("(?i)([?&][a-z_]*token=)[^&\\s\"'#]+"), "$1" + MASK),
            // A JWT anywhere (IAM access tokens are JWTs), even without a label.
            new Rule(Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"), MASK));

    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile List<String> longestFirst = List.of();

    /** The redactor of a Logback context, created on first use. */
    public static LogRedactor forContext(Context context) {
        synchronized (context.getConfigurationLock()) {
            Object existing = context.getObject(CONTEXT_KEY);
            if (existing instanceof LogRedactor redactor) {
                return redactor;
            }
            LogRedactor redactor = new LogRedactor();
            context.putObject(CONTEXT_KEY, redactor);
            return redactor;
        }
    }

    /** Masks this exact value from now on (e.g. the API key of the account in use). */
    public void register(Secret secret) {
        String value = secret.reveal();
        if (value.strip().length() >= MIN_REGISTERED_LENGTH) {
            registered.add(value.strip());
            refresh();
        }
    }

    public void unregister(Secret secret) {
        registered.remove(secret.reveal().strip());
        refresh();
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        // Exact values first: a registered key must vanish even where no pattern would spot it.
        for (String value : longestFirst) {
            if (result.contains(value)) {
                result = result.replace(value, MASK);
            }
        }
        for (Rule rule : RULES) {
            result = rule.apply(result);
        }
        return result;
    }

    private void refresh() {
        longestFirst = registered.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private record Rule(Pattern pattern, String replacement) {
        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.replaceAll(replacement) : text;
        }
    }
}
