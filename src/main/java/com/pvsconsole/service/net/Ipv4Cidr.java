package com.pvsconsole.service.net;

import java.util.Optional;

/**
 * An IPv4 network in CIDR notation ({@code 192.168.1.0/24}): the one type every address check
 * uses (create-network form, fixed IPs of the provisioning wizard). Addresses are unsigned
 * 32-bit values in a long.
 *
 * <p>The rules, the same everywhere:
 * <ul>
 * <li>A CIDR's address is its network address: {@code 10.0.0.5/24} is <em>rejected</em>, not
 *     normalised to {@code 10.0.0.0/24}. Such text is ambiguous (a mistyped prefix, or a host
 *     address pasted where the network belongs) and silently masking it would create or check
 *     against a subnet the user never wrote; {@link #enclosing} offers the network to suggest.</li>
 * <li>Gateways, range ends and fixed IPs must be inside the network and are never its network
 *     or broadcast address ({@link #isUsableHost}). A /31 or /32 therefore has no usable host;
 *     Power VS subnets are /30 or larger ({@link #MAX_PREFIX}).</li>
 * </ul>
 */
public record Ipv4Cidr(long network, int prefix) {

    /** The smallest subnet with two usable hosts (gateway plus one). */
    public static final int MAX_PREFIX = 30;
    private static final long ALL = 0xFFFFFFFFL;

    public Ipv4Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix " + prefix + " is not 0..32");
        }
        if (network < 0 || network > ALL || (network & mask(prefix)) != network) {
            throw new IllegalArgumentException(format(network) + "/" + prefix + " is not a network address");
        }
    }

    /** Parses {@code a.b.c.d/n}; empty when it is not valid CIDR or its host bits are not zero. */
    public static Optional<Ipv4Cidr> parse(String text) {
        return split(text).filter(parts -> (parts.address & mask(parts.prefix)) == parts.address)
                .map(parts -> new Ipv4Cidr(parts.address, parts.prefix));
    }

    /** Whether {@code text} is well-formed CIDR whose address has host bits set ({@code 10.0.0.5/24}). */
    public static boolean hasHostBits(String text) {
        return split(text).map(parts -> (parts.address & mask(parts.prefix)) != parts.address).orElse(false);
    }

    /** The network a well-formed CIDR's address lies in ({@code 10.0.0.5/24} -> {@code 10.0.0.0/24}), to suggest. */
    public static Optional<Ipv4Cidr> enclosing(String text) {
        return split(text).map(parts -> new Ipv4Cidr(parts.address & mask(parts.prefix), parts.prefix));
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

    /** How many addresses the network spans, network and broadcast included. */
    public long size() {
        return 1L << (32 - prefix);
    }

    public boolean contains(long address) {
        return (address & mask(prefix)) == network;
    }

    /** Assignable: inside the network and neither its network nor its broadcast address. */
    public boolean isUsableHost(long address) {
        return contains(address) && address != network && address != broadcast();
    }

    public long broadcast() {
        return network | (~mask(prefix) & ALL);
    }

    /** The first assignable address; meaningful for /30 and larger networks. */
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
        return prefix == 0 ? 0 : (ALL << (32 - prefix)) & ALL;
    }

    private record Parts(long address, int prefix) {
    }

    private static Optional<Parts> split(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        if (parts.length != 2 || !parts[1].matches("\\d{1,2}") || Integer.parseInt(parts[1]) > 32) {
            return Optional.empty();
        }
        return parseAddress(parts[0]).map(address -> new Parts(address, Integer.parseInt(parts[1])));
    }
}
