package com.pvsconsole.sim.state;

import com.pvsconsole.sim.http.ApiException;

/** The little IPv4 arithmetic networks need. */
public final class Ipv4 {

    private Ipv4() {
    }

    /** Usable host addresses in a CIDR block ("10.0.0.0/24" -> 254). */
    public static int hosts(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw ApiException.badRequest("cidr must look like 10.1.2.0/24, was " + cidr);
        }
        int bits;
        try {
            bits = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("cidr prefix length is not a number: " + cidr);
        }
        if (bits < 16 || bits > 30 || !cidr.substring(0, slash).matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw ApiException.badRequest("cidr must be an IPv4 block between /16 and /30, was " + cidr);
        }
        return (1 << (32 - bits)) - 2;
    }

    /** The n-th host address of a /24-style block (prefix "10.1.2." + n). */
    public static String host(String cidr, int n) {
        String base = cidr.substring(0, cidr.indexOf('/'));
        String[] octets = base.split("\\.");
        long value = (Long.parseLong(octets[0]) << 24) | (Long.parseLong(octets[1]) << 16)
                | (Long.parseLong(octets[2]) << 8) | Long.parseLong(octets[3]);
        value += n;
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }

    /** True when {@code ip} is a host address of {@code cidr} (not the network or broadcast address). */
    public static boolean contains(String cidr, String ip) {
        if (!ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return false;
        }
        long size = hosts(cidr) + 2L;
        long base = value(cidr.substring(0, cidr.indexOf('/')));
        long address = value(ip);
        return address > base && address < base + size - 1;
    }

    private static long value(String dotted) {
        long value = 0;
        for (String octet : dotted.split("\\.")) {
            value = (value << 8) | Long.parseLong(octet);
        }
        return value;
    }
}
