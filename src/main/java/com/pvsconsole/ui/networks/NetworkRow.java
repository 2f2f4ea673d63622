package com.pvsconsole.ui.networks;

import com.fasterxml.jackson.databind.JsonNode;
import com.pvsconsole.api.model.IpAddressRange;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkReference;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One network as a long-lived table row: name, type and VLAN come with the workspace's list;
 * CIDR, gateway, DNS, IP usage and ranges fill in when the full record arrives.
 */
public final class NetworkRow {

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper type = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper vlan = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cidr = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gateway = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dns = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper usage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ranges = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mtu = new ReadOnlyStringWrapper("");

    NetworkRow(String id) {
        this.id = id;
    }

    void apply(NetworkReference ref) {
        name.set(Objects.requireNonNullElse(ref.name(), ""));
        type.set(Objects.requireNonNullElse(ref.type(), ""));
        vlan.set(ref.vlanID() == null ? "" : String.valueOf(ref.vlanID().longValue()));
        mtu.set(ref.mtu() == null ? "" : ref.mtu().toString());
    }

    void apply(Network full) {
        name.set(Objects.requireNonNullElse(full.name(), ""));
        type.set(Objects.requireNonNullElse(full.type(), ""));
        vlan.set(full.vlanID() == null ? "" : String.valueOf(full.vlanID().longValue()));
        mtu.set(full.mtu() == null ? "" : full.mtu().toString());
        cidr.set(Objects.requireNonNullElse(full.cidr(), ""));
        gateway.set(Objects.requireNonNullElse(full.gateway(), ""));
        dns.set(full.dnsServers() == null ? "" : String.join(", ", full.dnsServers()));
        usage.set(usageOf(full.ipAddressMetrics()));
        ranges.set(rangesOf(full.ipAddressRanges()));
    }

    /** "3 used / 250 available". */
    private static String usageOf(JsonNode metrics) {
        if (metrics == null || !metrics.has("used")) {
            return "";
        }
        return metrics.path("used").asLong() + " used / " + metrics.path("available").asLong() + " available";
    }

    private static String rangesOf(List<IpAddressRange> list) {
        return list == null ? "" : list.stream().map(r -> r.startingIPAddress() + " \u2013 " + r.endingIPAddress())
                .collect(Collectors.joining(", "));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name.get();
    }

    /** What the details pane shows: it follows them, since a network's details arrive after the row. */
    public List<ReadOnlyStringProperty> detailProperties() {
        return List.of(nameProperty(), cidrProperty(), gatewayProperty(), rangesProperty(), dnsProperty(),
                usageProperty(), mtuProperty());
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typeProperty() {
        return type.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty vlanProperty() {
        return vlan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cidrProperty() {
        return cidr.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gatewayProperty() {
        return gateway.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dnsProperty() {
        return dns.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty usageProperty() {
        return usage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rangesProperty() {
        return ranges.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mtuProperty() {
        return mtu.getReadOnlyProperty();
    }
}
