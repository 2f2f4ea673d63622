package com.pvsconsole.service.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Known fault texts and what they mean, from {@code /pvs-console/explain/faults.properties}: each
 * entry has fragments to look for, a plain cause and a next step. Entries are tried in key order,
 * so a specific text (No valid host) wins over a general one (could not be attached).
 */
public final class FaultCatalog {

    public static final String RESOURCE = "/pvs-console/explain/faults.properties";

    /** One catalog entry; {@code cause} and {@code next} may hold {@code {placeholders}}. */
    public record Entry(String id, List<String> fragments, String cause, String next) {

        boolean matches(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return fragments.stream().anyMatch(f -> lower.contains(f.toLowerCase(Locale.ROOT)));
        }
    }

    private final List<Entry> entries;

    public FaultCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FaultCatalog loadDefault() {
        try (InputStream in = FaultCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Fault catalog " + RESOURCE + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return fromProperties(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fault catalog " + RESOURCE, e);
        }
    }

    static FaultCatalog fromProperties(Properties properties) {
        TreeSet<String> ids = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.endsWith(".match"))
                .forEach(k -> ids.add(k.substring(0, k.length() - ".match".length())));
        List<Entry> entries = new ArrayList<>();
        for (String id : ids) {
            List<String> fragments = Arrays.stream(properties.getProperty(id + ".match").split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            entries.add(new Entry(id.replaceFirst("^\\d+-", ""), fragments,
                    properties.getProperty(id + ".cause", ""), properties.getProperty(id + ".next", "")));
        }
        return new FaultCatalog(entries);
    }

    /** The first entry matching any of {@code texts} (in catalog order, then text order). */
    public Optional<Entry> match(List<String> texts) {
        for (Entry entry : entries) {
            for (String text : texts) {
                if (text != null && !text.isBlank() && entry.matches(text)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return entries;
    }
}
