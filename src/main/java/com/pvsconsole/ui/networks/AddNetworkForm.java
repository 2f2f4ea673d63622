package com.pvsconsole.ui.networks;

import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.service.networks.InstanceNetworks;
import com.pvsconsole.ui.common.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The "add network" form of one server: the workspace's networks to choose from; one the server is
 * already on is explained next to the field and cannot be sent.
 */
public final class AddNetworkForm {

    private final List<NetworkReference> networks;
    private final Set<String> onNetworks;
    private final ObjectProperty<NetworkReference> network = new SimpleObjectProperty<>();
    private final StringBinding networkError;
    private final BooleanBinding valid;

    /** {@code onNetworkIds}: the networks the server is on now. */
    public AddNetworkForm(Collection<NetworkReference> workspaceNetworks, Collection<String> onNetworkIds,
                          Messages messages) {
        this.networks = List.copyOf(workspaceNetworks);
        this.onNetworks = Set.copyOf(onNetworkIds);
        networkError = Bindings.createStringBinding(() -> {
            NetworkReference chosen = network.get();
            if (chosen == null) {
                return messages.get("network.add.choose");
            }
            return InstanceNetworks.addProblem(onNetworks, chosen.networkID(), chosen.name())
                    .map(v -> messages.get(v.key(), v.argArray())).orElse("");
        }, network);
        valid = networkError.isEmpty();
    }

    /** How the choice reads: the name, its type and CIDR, and whether the server is on it already. */
    public String label(NetworkReference choice, Messages messages) {
        String text = choice.name() + "  (" + choice.type() + ")";
        return onNetworks.contains(choice.networkID()) ? text + "  " + messages.get("network.add.alreadyOnTag") : text;
    }

    public List<NetworkReference> networks() {
        return networks;
    }

    public ObjectProperty<NetworkReference> networkProperty() {
        return network;
    }

    public StringBinding networkErrorProperty() {
        return networkError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
