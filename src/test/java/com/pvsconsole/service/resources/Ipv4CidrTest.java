package com.pvsconsole.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ipv4CidrTest {

    private static long ip(String text) {
        return Ipv4Cidr.parseAddress(text).orElseThrow();
    }

    @Test
    void should_parse_a_subnet_and_know_its_hosts() {
        Ipv4Cidr cidr = Ipv4Cidr.parse(" 192.168.10.0/24 ").orElseThrow();

        assertThat(cidr.toString()).isEqualTo("192.168.10.0/24");
        assertThat(Ipv4Cidr.format(cidr.firstHost())).isEqualTo("192.168.10.1");
        assertThat(Ipv4Cidr.format(cidr.lastHost())).isEqualTo("192.168.10.254");
        assertThat(cidr.isUsableHost(ip("192.168.10.1"))).isTrue();
        assertThat(cidr.isUsableHost(ip("192.168.10.0"))).isFalse();
        assertThat(cidr.isUsableHost(ip("192.168.10.255"))).isFalse();
        assertThat(cidr.contains(ip("192.168.11.1"))).isFalse();
    }

    @Test
    void should_refuse_malformed_subnets_and_spot_host_bits() {
        assertThat(Ipv4Cidr.parse("192.168.10.0")).isEmpty();
        assertThat(Ipv4Cidr.parse("192.168.10.0/33")).isEmpty();
        assertThat(Ipv4Cidr.parse("192.168.300.0/24")).isEmpty();
        assertThat(Ipv4Cidr.parse("10.0.0.5/24")).isEmpty();
        assertThat(Ipv4Cidr.hasHostBits("10.0.0.5/24")).isTrue();
        assertThat(Ipv4Cidr.hasHostBits("10.0.0.0/24")).isFalse();
        assertThat(Ipv4Cidr.parse("0.0.0.0/0").orElseThrow().contains(ip("255.255.255.255"))).isTrue();
    }
}
