package com.pvsconsole.ui.networks;

import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.service.net.Ipv4Cidr;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "create network" form after NetworkCreate: a name matching the definition's pattern and
 * length, the type (vlan or pub-vlan), and for a private vlan its CIDR, gateway, DNS servers and
 * IP ranges (a public network needs none: the service assigns them), and an optional MTU within
 * the definition's bounds. Messages follow the typing.
 */
public final class CreateNetworkForm {

    /** NetworkCreate.name: pattern and maxLength from the definition. */
    static final String NAME_PATTERN = "^[a-zA-Z0-9-_][a-zA-Z0-9-_]*$";
    static final int NAME_MAX = 128;
    static final long MTU_MIN = 1450;
    static final long MTU_MAX = 9000;
    static final List<String> TYPES = List.of("vlan", "pub-vlan");

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<String> type = new SimpleObjectProperty<>("vlan");
    private final StringProperty cidr = new SimpleStringProperty("");
    private final StringProperty gateway = new SimpleStringProperty("");
    private final StringProperty dns = new SimpleStringProperty("");
    private final StringProperty ranges = new SimpleStringProperty("");
    private final StringProperty mtu = new SimpleStringProperty("");
    private final BooleanBinding privateNetwork = Bindings.equal("vlan", type);
    private final StringBinding nameError;
    private final StringBinding cidrError;
    private final StringBinding gatewayError;
    private final StringBinding dnsError;
    private final StringBinding rangesError;
    private final StringBinding mtuError;
    private final BooleanBinding valid;

    CreateNetworkForm(Set<String> existingNames, Messages messages) {
        SubnetCheck check = new SubnetCheck(messages);
        nameError = Bindings.createStringBinding(() -> nameProblem(name.get().strip(), existingNames, messages), name);
        cidrError = privateOnly(() -> check.cidr(cidr.get()), cidr);
        gatewayError = privateOnly(() -> check.gateway(gateway.get(), Ipv4Cidr.parse(cidr.get())), gateway, cidr);
        dnsError = privateOnly(() -> check.dns(dns.get()), dns);
        rangesError = privateOnly(() -> check.ranges(ranges.get(), Ipv4Cidr.parse(cidr.get()), gateway.get()),
                ranges, cidr, gateway);
        mtuError = Bindings.createStringBinding(() -> mtuProblem(mtu.get(), messages), mtu);
        valid = nameError.isEmpty().and(cidrError.isEmpty()).and(gatewayError.isEmpty()).and(dnsError.isEmpty())
                .and(rangesError.isEmpty()).and(mtuError.isEmpty()).and(type.isNotNull());
    }

    private StringBinding privateOnly(java.util.concurrent.Callable<String> rule, javafx.beans.Observable... inputs) {
        javafx.beans.Observable[] all = java.util.Arrays.copyOf(inputs, inputs.length + 1);
        all[inputs.length] = type;
        return Bindings.createStringBinding(() -> privateNetwork.get() ? rule.call() : "", all);
    }

    private static String nameProblem(String value, Set<String> existing, Messages messages) {
        if (value.isEmpty()) {
            return messages.get("network.error.name");
        }
        if (value.length() > NAME_MAX) {
            return messages.get("network.error.nameLength", NAME_MAX);
        }
        if (!value.matches(NAME_PATTERN)) {
            return messages.get("network.error.namePattern");
        }
        return existing.contains(value) ? messages.get("network.error.nameTaken", value) : "";
    }

    private static String mtuProblem(String text, Messages messages) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return "";
        }
        if (!value.matches("\\d{1,5}") || Long.parseLong(value) < MTU_MIN || Long.parseLong(value) > MTU_MAX) {
            return messages.get("network.error.mtu", MTU_MIN, MTU_MAX);
        }
        return "";
    }

    NetworkCreate request() {
        if (!valid.get()) {
            throw new IllegalStateException("the form is not valid");
        }
        NetworkCreate.Builder request = NetworkCreate.builder().name(name.get().strip()).type(type.get());
        if (!mtu.get().isBlank()) {
            request.mtu(Long.parseLong(mtu.get().strip()));
        }
        if (privateNetwork.get()) {
            request.cidr(cidr.get().strip());
            if (!gateway.get().isBlank()) {
                request.gateway(gateway.get().strip());
            }
            List<String> servers = SubnetCheck.split(dns.get());
            if (!servers.isEmpty()) {
                request.dnsServers(servers);
            }
            if (!SubnetCheck.split(ranges.get()).isEmpty()) {
                request.ipAddressRanges(SubnetCheck.toRanges(ranges.get()));
            }
        }
        return request.build();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public StringProperty cidrProperty() {
        return cidr;
    }

    public StringProperty gatewayProperty() {
        return gateway;
    }

    public StringProperty dnsProperty() {
        return dns;
    }

    public StringProperty rangesProperty() {
        return ranges;
    }

    public StringProperty mtuProperty() {
        return mtu;
    }

    public BooleanBinding privateNetworkProperty() {
        return privateNetwork;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding cidrErrorProperty() {
        return cidrError;
    }

    public StringBinding gatewayErrorProperty() {
        return gatewayError;
    }

    public StringBinding dnsErrorProperty() {
        return dnsError;
    }

    public StringBinding rangesErrorProperty() {
        return rangesError;
    }

    public StringBinding mtuErrorProperty() {
        return mtuError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
