package com.pvsconsole.api.http;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an HTML error page (a proxy's or load balancer's "502 Bad Gateway") in place of the
 * service's JSON error, and summarises it by its title: markup means nothing to the user.
 */
final class HtmlPages {

    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern HEADING = Pattern.compile("(?is)<h1[^>]*>(.*?)</h1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final int MAX_TITLE = 120;

    private HtmlPages() {
    }

    static boolean isHtml(String body) {
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || (start.startsWith("<") && start.contains("</html>"));
    }

    /** "HTML error page: 502 Bad Gateway" (its title, else its first heading), or empty when it is not HTML. */
    static Optional<String> summary(String body) {
        if (body == null || !isHtml(body)) {
            return Optional.empty();
        }
        String title = first(TITLE, body).or(() -> first(HEADING, body)).orElse("");
        return Optional.of(title.isEmpty() ? "HTML error page (no title)" : "HTML error page: " + title);
    }

    private static Optional<String> first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String text = TAG.matcher(matcher.group(1)).replaceAll(" ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE) + "…");
    }
}
