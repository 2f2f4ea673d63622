package com.pvsconsole.ui.instances.create;

import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A network row of the wizard: ticked or not, an optional fixed IP and its inline message. The row starts
 * from the network list; the network's details (its CIDR, which checks the fixed IP) arrive once it is ticked.
 */
public final class NetworkChoice {

    private final NetworkReference network;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);
    private final StringProperty fixedIp = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper ipError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Network> detail = new SimpleObjectProperty<>();

    NetworkChoice(NetworkReference network, String label) {
        this.network = network;
        this.label = label;
    }

    public NetworkReference network() {
        return network;
    }

    public String label() {
        return label;
    }

    public String name() {
        return network.name();
    }

    public String id() {
        return network.networkID();
    }

    /** The network's CIDR once its details were read; null before. */
    public String cidr() {
        return detail.get() == null ? null : detail.get().cidr();
    }

    public ObjectProperty<Network> detailProperty() {
        return detail;
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
