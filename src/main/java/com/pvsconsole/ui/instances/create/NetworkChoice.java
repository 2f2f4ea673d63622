package com.pvsconsole.ui.instances.create;

import com.pvsconsole.api.model.Network;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A network row of the wizard: ticked or not, an optional fixed IP and its inline message. */
public final class NetworkChoice {

    private final Network network;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);
    private final StringProperty fixedIp = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper ipError = new ReadOnlyStringWrapper("");

    NetworkChoice(Network network, String label) {
        this.network = network;
        this.label = label;
    }

    public Network network() {
        return network;
    }

    public String label() {
        return label;
    }

    public String name() {
        return network.name();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringProperty fixedIpProperty() {
        return fixedIp;
    }

    public ReadOnlyStringProperty ipErrorProperty() {
        return ipError.getReadOnlyProperty();
    }

    boolean isSelected() {
        return selected.get();
    }

    String fixedIp() {
        return fixedIp.get() == null ? "" : fixedIp.get().strip();
    }

    void setIpError(String message) {
        ipError.set(message);
    }
}
