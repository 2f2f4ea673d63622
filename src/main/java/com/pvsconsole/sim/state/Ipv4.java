package com.pvsconsole.sim.state;

import com.pvsconsole.sim.http.ApiException;
import java.util.Arrays;

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
        String address = cidr.substring(0, slash);
        if (bits < 16 || bits > 30 || !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                || Arrays.stream(address.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            throw ApiException.badRequest("cidr must be an IPv4 block between /16 and /30, was " + cidr);
        }
        // The same rule as the console's service.net.Ipv4Cidr: a network address has its host bits zero.
        long hostMask = (1L << (32 - bits)) - 1;
        if ((value(address) & hostMask) != 0) {
            throw ApiException.badRequest("cidr " + cidr + " has host bits set; the network is "
                    + dotted(value(address) & ~hostMask & 0xFFFFFFFFL) + "/" + bits);
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

    private static String dotted(long value) {
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }

    private static long value(String dotted) {
        long value = 0;
        for (String octet : dotted.split("\\.")) {
            value = (value << 8) | Long.parseLong(octet);
        }
        return value;
    }
}
