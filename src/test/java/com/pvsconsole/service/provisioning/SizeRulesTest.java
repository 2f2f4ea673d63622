package com.pvsconsole.service.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The input rules of create and resize, without any UI. */
class SizeRulesTest {

    private static final Quota ROOMY = new Quota(10, 20, 512, 64, 2048);

    private static String key(Optional<Violation> violation) {
        return violation.map(Violation::key).orElse("ok");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "shared, 0.25, ok", "shared, 0.5, ok", "capped, 1.75, ok", "shared, 0.2, rule.processors.quarter",
        "shared, 0.3, rule.processors.quarter", "shared, 0, rule.processors.quarter", "capped, -1, rule.processors.quarter",
        "dedicated, 1, ok", "dedicated, 3, ok", "dedicated, 0.5, rule.processors.dedicated",
        "dedicated, 1.25, rule.processors.dedicated", "shared, 64.25, rule.processors.max",
        "shared, 20.25, rule.processors.quota", "shared, abc, rule.processors.number", "shared, '', rule.processors.number"})
    void should_apply_the_processor_step_of_each_processor_type(String procType, String processors, String expected) {
        assertThat(key(SizeRules.processors(procType, processors, ROOMY))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} GB -> {1}")
    @CsvSource({"2, ok", "512, ok", "1, rule.memory.range", "4.5, rule.memory.whole", "513, rule.memory.quota",
        "x, rule.memory.number"})
    void should_keep_memory_in_range_and_within_the_quota(String memory, String expected) {
        assertThat(key(SizeRules.memory(memory, ROOMY))).isEqualTo(expected);
    }

    @Test
    void should_refuse_memory_over_the_instance_maximum_even_with_quota_left() {
        Quota bigQuota = new Quota(10, 200, 100_000, 64, 2048);

        assertThat(key(SizeRules.memory("3000", bigQuota))).isEqualTo("rule.memory.range");
        assertThat(SizeRules.memory("3000", bigQuota).orElseThrow().args()).containsExactly("2", "2048");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"aix-01, ok", "'', rule.name.required", "'   ', rule.name.required", "-web, rule.name.pattern",
        "web server, rule.name.pattern", "web/1, rule.name.pattern", "prod-app-01, rule.name.taken",
        "PROD-APP-01, rule.name.taken"})
    void should_check_names(String name, String expected) {
        assertThat(key(SizeRules.name(name, List.of("prod-app-01")))).isEqualTo(expected);
    }

    @Test
    void should_limit_names_to_47_characters() {
        assertThat(key(SizeRules.name("a".repeat(47), List.of()))).isEqualTo("ok");
        assertThat(key(SizeRules.name("a".repeat(48), List.of()))).isEqualTo("rule.name.tooLong");
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({"'', 10.10.10.0/24, ok", "10.10.10.20, 10.10.10.0/24, ok", "10.10.11.20, 10.10.10.0/24, rule.ip.outside",
        "10.10.10.0, 10.10.10.0/24, rule.ip.outside", "10.10.10.255, 10.10.10.0/24, rule.ip.outside",
        "10.10.10.256, 10.10.10.0/24, rule.ip.format", "10.10.10, 10.10.10.0/24, rule.ip.format",
        "192.168.3.7, 192.168.0.0/22, ok", "192.168.4.7, 192.168.0.0/22, rule.ip.outside"})
    void should_keep_a_fixed_ip_inside_the_network(String ip, String cidr, String expected) {
        assertThat(key(SizeRules.fixedIp(ip, cidr))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({"10.0.0.9, 10.0.0.5/24, ok", "10.9.9.9, 10.0.0.5/24, ok", "10.0.0.300, 10.0.0.5/24, rule.ip.format"})
    void should_leave_a_network_cidr_with_host_bits_to_the_service(String ip, String cidr, String expected) {
        // one CIDR rule everywhere: 10.0.0.5/24 is not a network, so no subnet is guessed for it
        assertThat(key(SizeRules.fixedIp(ip, cidr))).isEqualTo(expected);
    }

    @Test
    void should_accept_exactly_the_assignable_addresses_of_random_networks() {
        java.util.Random random = new java.util.Random(7L);
        for (int i = 0; i < 2_000; i++) {
            // given a random /8../30 network and an address near or inside it
            int prefix = 8 + random.nextInt(23);
            long size = 1L << (32 - prefix);
            long start = random.nextLong(1L << 32) / size * size;
            long ip = Math.floorMod(start - 2 + random.nextLong(size + 4), 1L << 32);
            boolean assignable = ip > start && ip < start + size - 1;

            // when / then: assignable means strictly between the network and broadcast addresses
            assertThat(key(SizeRules.fixedIp(dotted(ip), dotted(start) + "/" + prefix)))
                    .as("%s in %s/%d", dotted(ip), dotted(start), prefix)
                    .isEqualTo(assignable ? "ok" : "rule.ip.outside");
        }
    }

    private static String dotted(long address) {
        return (address >>> 24) + "." + (address >>> 16 & 255) + "." + (address >>> 8 & 255) + "." + (address & 255);
    }

    @Test
    void should_refuse_another_instance_when_the_instance_quota_is_used_up() {
        assertThat(key(SizeRules.instanceQuota(new Quota(0, 20, 512, 64, 2048)))).isEqualTo("rule.instances.quota");
        assertThat(key(SizeRules.instanceQuota(ROOMY))).isEqualTo("ok");
    }

    @Test
    void should_give_a_resized_instance_back_its_own_share_of_the_quota() {
        Quota forResize = new Quota(0, 1, 8, 64, 2048).releasing(2, 16);

        assertThat(key(SizeRules.processors("shared", "3", forResize))).isEqualTo("ok");
        assertThat(key(SizeRules.processors("shared", "3.25", forResize))).isEqualTo("rule.processors.quota");
        assertThat(key(SizeRules.memory("24", forResize))).isEqualTo("ok");
        assertThat(key(SizeRules.memory("25", forResize))).isEqualTo("rule.memory.quota");
    }

    @Test
    void should_limit_user_data_to_63_kilobytes() {
        assertThat(key(SizeRules.userData("#cloud-config\n"))).isEqualTo("ok");
        assertThat(key(SizeRules.userData("x".repeat(63 * 1024 + 1)))).isEqualTo("rule.userData.tooLarge");
        // 50 KiB of text is 66.7 KiB once base64-encoded, as the service receives it.
        assertThat(key(SizeRules.userData("x".repeat(50 * 1024)))).isEqualTo("rule.userData.tooLarge");
        assertThat(key(SizeRules.userData("x".repeat(3 * (63 * 1024 / 4))))).isEqualTo("ok");
    }
}
