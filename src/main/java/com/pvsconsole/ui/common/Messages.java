package com.pvsconsole.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI strings from {@code pvs-console/i18n/messages.properties}; the key itself when missing, so a gap shows as
 * a visible key rather than a crash. With the system property {@value #STRICT_PROPERTY} set to {@code true} (the
 * build sets it for every test) a missing text throws instead, so no test can pass on one.
 */
public final class Messages {

    public static final String STRICT_PROPERTY = "pvs.console.messages.strict";

    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("pvs-console.i18n.messages", locale);
    }

    public static Messages defaults() {
        return new Messages(Locale.getDefault());
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            if (Boolean.getBoolean(STRICT_PROPERTY)) {
                throw new IllegalStateException("no text for message key '" + key + "' in messages.properties", e);
            }
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
