package com.pvsconsole.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Titles and recovery hints for failures, from the translatable bundle
 * {@code pvs-console/i18n/hints.properties}. Keys are {@code <key>.title} and {@code <key>.hint}.
 */
public final class HintCatalog {

    public static final String BUNDLE = "pvs-console.i18n.hints";

    private final ResourceBundle bundle;

    public HintCatalog(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale, "locale"));
    }

    public static HintCatalog forDefaultLocale() {
        return new HintCatalog(Locale.getDefault());
    }

    public String title(String key) {
        return lookup(key + ".title", "unknown.title");
    }

    public String hint(String key) {
        return lookup(key + ".hint", "unknown.hint");
    }

    public boolean contains(String key) {
        return bundle.containsKey(key + ".title") && bundle.containsKey(key + ".hint");
    }

    private String lookup(String key, String fallbackKey) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return bundle.getString(fallbackKey);
        }
    }
}
