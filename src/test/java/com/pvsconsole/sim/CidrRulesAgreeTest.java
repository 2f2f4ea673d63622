package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.net.Ipv4Cidr;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.state.Ipv4;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator keeps its own IPv4 arithmetic (it must not depend on the console's service layer),
 * but its host-bit rule must be the console's: a block the console's form accepts is one the
 * simulator accepts, and one with host bits set is refused by both.
 */
class CidrRulesAgreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/24", "10.0.0.5/24", "192.168.10.0/23", "192.168.11.0/23", "172.16.0.0/16",
            "172.16.1.0/16", "10.1.2.4/30", "10.1.2.6/30", "10.1.2.128/25", "10.1.2.64/25"})
    void should_agree_on_host_bits(String cidr) {
        assertThat(simAccepts(cidr)).as(cidr).isEqualTo(Ipv4Cidr.parse(cidr).isPresent());
        assertThat(simAccepts(cidr)).as(cidr).isNotEqualTo(Ipv4Cidr.hasHostBits(cidr));
    }

    private static boolean simAccepts(String cidr) {
        try {
            Ipv4.hosts(cidr);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }
}
