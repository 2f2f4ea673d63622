package com.pvsconsole.ui.instances.create;

import java.util.Locale;

/** The wizard's pages, in order. */
public enum CreateStep {
    BASICS, SIZE, NETWORK, STORAGE, SUMMARY;

    public String messageKey() {
        return "create.step." + name().toLowerCase(Locale.ROOT);
    }

    CreateStep next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    CreateStep previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
