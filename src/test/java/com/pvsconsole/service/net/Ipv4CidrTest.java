package com.pvsconsole.service.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks on random networks and addresses (fixed seeds, so a failure repeats),
 * against an oracle built with division and remainder rather than the type's bit masks.
 */
class Ipv4CidrTest {

    private static final long SPACE = 1L << 32;

    /** A random address and prefix; prefixes spread over the whole 0..32 range. */
    static Stream<Arguments> samples() {
        Random random = new Random(20261130L);
        return IntStream.range(0, 500).mapToObj(i -> Arguments.of(random.nextLong(SPACE), random.nextInt(33)));
    }

    private static long blockStart(long address, int prefix) {
        long size = SPACE >> prefix;
        return address - address % size;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void should_accept_a_cidr_exactly_when_its_address_is_the_network_address(long address, int prefix) {
        String text = Ipv4Cidr.format(address) + "/" + prefix;
        boolean networkAddress = blockStart(address, prefix) == address;

        assertThat(Ipv4Cidr.parse(text).isPresent()).isEqualTo(networkAddress);
        assertThat(Ipv4Cidr.hasHostBits(text)).isEqualTo(!networkAddress);
        assertThat(Ipv4Cidr.enclosing(text).orElseThrow().toString())
                .isEqualTo(Ipv4Cidr.format(blockStart(address, prefix)) + "/" + prefix);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void should_know_which_addresses_are_inside_and_assignable(long seed, int prefix) {
        // given the network around a random address, and a second random address near it
        long start = blockStart(seed, prefix);
        Ipv4Cidr cidr = Ipv4Cidr.parse(Ipv4Cidr.format(start) + "/" + prefix).orElseThrow();
        long size = SPACE >> prefix;
        long end = start + size - 1;
        Random random = new Random(seed);
        long[] probes = {start, end, start - 1, end + 1, start + random.nextLong(size), random.nextLong(SPACE)};

        for (long probe : probes) {
            if (probe < 0 || probe >= SPACE) {
                continue;
            }
            boolean inside = probe >= start && probe <= end;
            // then inside means between the ends; assignable also excludes both ends
            assertThat(cidr.contains(probe)).as("%s in %s", Ipv4Cidr.format(probe), cidr).isEqualTo(inside);
            assertThat(cidr.isUsableHost(probe)).as("%s host of %s", Ipv4Cidr.format(probe), cidr)
                    .isEqualTo(inside && probe != start && probe != end);
        }
        assertThat(cidr.size()).isEqualTo(size);
        assertThat(cidr.broadcast()).isEqualTo(end);
        if (prefix <= Ipv4Cidr.MAX_PREFIX) {
            assertThat(cidr.isUsableHost(cidr.firstHost())).isTrue();
            assertThat(cidr.isUsableHost(cidr.lastHost())).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void should_print_what_it_parses(long address, int prefix) {
        String text = Ipv4Cidr.format(blockStart(address, prefix)) + "/" + prefix;

        assertThat(Ipv4Cidr.parse(" " + text + " ").orElseThrow().toString()).isEqualTo(text);
        assertThat(Ipv4Cidr.parseAddress(Ipv4Cidr.format(address))).contains(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "192.168.10.0", "192.168.10.0/", "/24", "192.168.10.0/33", "192.168.10.0/-1",
        "192.168.300.0/24", "192.168.10/24", "192.168.10.0.0/24", "192.168.10.0/24/1", "192.168.10.0/2 4",
        "a.b.c.d/24", "192.168.10.0/+24", "192.168.1000.0/24", "192.168.10.0/024"})
    void should_refuse_text_that_is_not_cidr(String text) {
        assertThat(Ipv4Cidr.parse(text)).isEmpty();
        assertThat(Ipv4Cidr.hasHostBits(text)).isFalse();
        assertThat(Ipv4Cidr.enclosing(text)).isEmpty();
    }

    @Test
    void should_give_tiny_networks_no_assignable_host() {
        Ipv4Cidr slash31 = Ipv4Cidr.parse("10.0.0.0/31").orElseThrow();
        Ipv4Cidr slash32 = Ipv4Cidr.parse("10.0.0.7/32").orElseThrow();

        assertThat(slash31.isUsableHost(Ipv4Cidr.parseAddress("10.0.0.0").orElseThrow())).isFalse();
        assertThat(slash31.isUsableHost(Ipv4Cidr.parseAddress("10.0.0.1").orElseThrow())).isFalse();
        assertThat(slash32.isUsableHost(Ipv4Cidr.parseAddress("10.0.0.7").orElseThrow())).isFalse();
        assertThat(Ipv4Cidr.parse("0.0.0.0/0").orElseThrow().contains(Ipv4Cidr.parseAddress("255.255.255.255").orElseThrow()))
                .isTrue();
    }

    @Test
    void should_not_be_constructible_with_host_bits() {
        assertThatThrownBy(() -> new Ipv4Cidr(Ipv4Cidr.parseAddress("10.0.0.5").orElseThrow(), 24))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ipv4Cidr(0, 33)).isInstanceOf(IllegalArgumentException.class);
    }
}
