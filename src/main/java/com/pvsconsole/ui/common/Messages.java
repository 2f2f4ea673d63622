package com.pvsconsole.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI strings from {@code pvs-console/i18n/messages.properties}; the key itself when missing. */
public final class Messages {

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
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
