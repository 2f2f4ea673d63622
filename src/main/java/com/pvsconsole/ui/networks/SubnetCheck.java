package com.pvsconsole.ui.networks;

import com.pvsconsole.api.model.IpAddressRange;
import com.pvsconsole.service.net.Ipv4Cidr;
import com.pvsconsole.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The addressing rules of a private (vlan) network, each returning the message to show or ""
 * when fine: a CIDR with its host bits zero, a gateway that is a usable host inside it, DNS
 * servers that are IPv4 addresses, and IP ranges inside the subnet that neither overlap nor
 * contain the gateway.
 */
final class SubnetCheck {

    private final Messages messages;

    SubnetCheck(Messages messages) {
        this.messages = messages;
    }

    String cidr(String text) {
        if (text == null || text.isBlank()) {
            return messages.get("network.error.cidrMissing");
        }
        if (Ipv4Cidr.hasHostBits(text)) {
            return messages.get("network.error.cidrHostBits", text.strip(),
                    Ipv4Cidr.enclosing(text).map(Ipv4Cidr::toString).orElse(""));
        }
        Optional<Ipv4Cidr> cidr = Ipv4Cidr.parse(text);
        if (cidr.isEmpty()) {
            return messages.get("network.error.cidrFormat");
        }
        return cidr.get().prefix() > Ipv4Cidr.MAX_PREFIX ? messages.get("network.error.cidrSmall", Ipv4Cidr.MAX_PREFIX) : "";
    }

    /** Empty gateway is fine: the service then takes the subnet's first address. */
    String gateway(String text, Optional<Ipv4Cidr> cidr) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Optional<Long> address = Ipv4Cidr.parseAddress(text);
        if (address.isEmpty()) {
            return messages.get("network.error.address", text.strip());
        }
        if (cidr.isPresent() && !cidr.get().isUsableHost(address.get())) {
            return messages.get("network.error.gatewayOutside", text.strip(), cidr.get().toString());
        }
        return "";
    }

    String dns(String text) {
        for (String server : split(text)) {
            if (Ipv4Cidr.parseAddress(server).isEmpty()) {
                return messages.get("network.error.address", server);
            }
        }
        return "";
    }

    String ranges(String text, Optional<Ipv4Cidr> cidr, String gatewayText) {
        List<long[]> parsed = new ArrayList<>();
        for (String range : split(text)) {
            String[] ends = range.split("\\s*-\\s*");
            Optional<Long> start = ends.length == 2 ? Ipv4Cidr.parseAddress(ends[0]) : Optional.empty();
            Optional<Long> end = ends.length == 2 ? Ipv4Cidr.parseAddress(ends[1]) : Optional.empty();
            if (start.isEmpty() || end.isEmpty()) {
                return messages.get("network.error.rangeFormat", range);
            }
            if (start.get() > end.get()) {
                return messages.get("network.error.rangeOrder", range);
            }
            if (cidr.isPresent() && !(cidr.get().isUsableHost(start.get()) && cidr.get().isUsableHost(end.get()))) {
                return messages.get("network.error.rangeOutside", range, cidr.get().toString());
            }
            for (long[] other : parsed) {
                if (start.get() <= other[1] && other[0] <= end.get()) {
                    return messages.get("network.error.rangeOverlap", range);
                }
            }
            parsed.add(new long[] {start.get(), end.get()});
        }
        Optional<Long> gateway = Ipv4Cidr.parseAddress(gatewayText);
        if (gateway.isPresent() && parsed.stream().anyMatch(r -> r[0] <= gateway.get() && gateway.get() <= r[1])) {
            return messages.get("network.error.rangeGateway", gatewayText.strip());
        }
        return "";
    }

    /** Ranges as the request carries them; call only when {@link #ranges} found nothing wrong. */
    static List<IpAddressRange> toRanges(String text) {
        return split(text).stream().map(range -> range.split("\\s*-\\s*"))
                .map(ends -> new IpAddressRange(ends[1].strip(), ends[0].strip())).toList();
    }

    /** Comma-, semicolon- or line-separated entries, blanks dropped. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
