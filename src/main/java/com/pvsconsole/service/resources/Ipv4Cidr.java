package com.pvsconsole.service.resources;

import java.util.Optional;

/**
 * An IPv4 subnet in CIDR notation ({@code 192.168.1.0/24}) with the checks a network form needs:
 * whether an address lies inside, and whether it is a usable host (not the network or broadcast
 * address). Addresses are handled as unsigned 32-bit values in a long.
 */
public record Ipv4Cidr(long network, int prefix) {

    /** The smallest subnet with two usable hosts (gateway plus one). */
    public static final int MAX_PREFIX = 30;

    /** Parses {@code a.b.c.d/n}; empty when it is not valid CIDR with the host bits zero. */
    public static Optional<Ipv4Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[1].matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(parts[1]);
        Optional<Long> address = parseAddress(parts[0]);
        if (address.isEmpty() || prefix > 32) {
            return Optional.empty();
        }
        Ipv4Cidr cidr = new Ipv4Cidr(address.get() & mask(prefix), prefix);
        return cidr.network == address.get() ? Optional.of(cidr) : Optional.empty();
    }

    /** Whether {@code text} is a CIDR whose address has host bits set ({@code 10.0.0.5/24}). */
    public static boolean hasHostBits(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        if (parts.length != 2 || !parts[1].matches("\\d{1,2}") || Integer.parseInt(parts[1]) > 32) {
            return false;
        }
        return parseAddress(parts[0]).map(a -> (a & mask(Integer.parseInt(parts[1]))) != a).orElse(false);
    }

    /** A dotted-quad IPv4 address as an unsigned value; empty when malformed. */
    public static Optional<Long> parseAddress(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Optional.empty();
        }
        long value = 0;
        for (String octet : text.strip().split("\\.")) {
            int part = Integer.parseInt(octet);
            if (part > 255) {
                return Optional.empty();
            }
            value = (value << 8) | part;
        }
        return Optional.of(value);
    }

    public static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }

    public boolean contains(long address) {
        return (address & mask(prefix)) == network;
    }

    /** Inside the subnet and neither its network nor its broadcast address. */
    public boolean isUsableHost(long address) {
        return contains(address) && address != network && address != broadcast();
    }

    public long broadcast() {
        return network | (~mask(prefix) & 0xFFFFFFFFL);
    }

    public long firstHost() {
        return network + 1;
    }

    public long lastHost() {
        return broadcast() - 1;
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefix;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }
}
