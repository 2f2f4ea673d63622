package com.pvsconsole.service.provisioning;

import java.util.Optional;

/** Just enough IPv4 to tell whether a fixed address fits a network's CIDR. */
final class Ipv4 {

    private Ipv4() {
    }

    /** A CIDR block such as 10.10.10.0/24. */
    record Block(long network, int prefix) {

        long size() {
            return 1L << (32 - prefix);
        }

        boolean contains(long address) {
            return address >= network && address < network + size();
        }

        /** Inside the block and, for blocks of four or more, neither its network nor its broadcast address. */
        boolean hostAddress(long address) {
            if (!contains(address)) {
                return false;
            }
            return size() < 4 || (address != network && address != network + size() - 1);
        }
    }

    static Optional<Long> parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = (value << 8) | octet;
        }
        return Optional.of(value);
    }

    static Optional<Block> block(String cidr) {
        if (cidr == null || !cidr.contains("/")) {
            return Optional.empty();
        }
        String[] parts = cidr.strip().split("/", 2);
        Optional<Long> base = parse(parts[0]);
        int prefix;
        try {
            prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (base.isEmpty() || prefix < 0 || prefix > 32) {
            return Optional.empty();
        }
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return Optional.of(new Block(base.get() & mask, prefix));
    }
}
