package com.pvsconsole.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One item of a tick list (a volume to attach or include) with its label and ticked state. */
public final class Choice<T> {

    private final T item;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);

    public Choice(T item, String label) {
        this.item = item;
        this.label = label;
    }

    public T item() {
        return item;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
