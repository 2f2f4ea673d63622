package com.pvsconsole.ui.dialog;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** View-model of the delete confirmation: deleting is allowed only once the typed name matches. */
public final class DeleteConfirmation {

    private final String expectedName;
    private final StringProperty typedName = new SimpleStringProperty("");
    private final BooleanProperty deleteDataVolumes = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper nameMatches = new ReadOnlyBooleanWrapper(false);

    public DeleteConfirmation(String expectedName) {
        this.expectedName = expectedName;
        nameMatches.bind(Bindings.createBooleanBinding(
                () -> expectedName.equals(typedName.get() == null ? "" : typedName.get().strip()), typedName));
    }

    public String expectedName() {
        return expectedName;
    }

    public StringProperty typedNameProperty() {
        return typedName;
    }

    public BooleanProperty deleteDataVolumesProperty() {
        return deleteDataVolumes;
    }

    public ReadOnlyBooleanProperty nameMatchesProperty() {
        return nameMatches.getReadOnlyProperty();
    }
}
