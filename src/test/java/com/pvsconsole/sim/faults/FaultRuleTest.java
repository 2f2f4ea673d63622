package com.pvsconsole.sim.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultRuleTest {

    private final FaultRegistry registry = new FaultRegistry(1);

    @Test
    void should_match_single_segment_and_multi_segment_globs_with_or_without_method() {
        FaultRule one = registry.add("route=GET /pcloud/v1/cloud-instances/*/pvm-instances");
        assertThat(one.matches("GET", "/pcloud/v1/cloud-instances/abc/pvm-instances")).isTrue();
        assertThat(one.matches("GET", "/pcloud/v1/cloud-instances/abc/pvm-instances/x")).isFalse();
        assertThat(one.matches("POST", "/pcloud/v1/cloud-instances/abc/pvm-instances")).isFalse();
        FaultRule any = registry.add("route=/pcloud/**");
        assertThat(any.matches("DELETE", "/pcloud/v1/cloud-instances/abc/volumes/v")).isTrue();
        assertThat(any.matches("GET", "/v1/workspaces")).isFalse();
    }

    @Test
    void should_count_down_times_and_parse_command_line_values() {
        FaultRule rule = registry.add("type=status,status=429,times=2,rate=1.0");
        assertThat(rule.status()).isEqualTo(429);
        assertThat(registry.pick("GET", "/v1/workspaces")).contains(rule);
        assertThat(registry.pick("GET", "/v1/workspaces")).contains(rule);
        assertThat(registry.pick("GET", "/v1/workspaces")).isEmpty();
        assertThat(registry.toJson()).isEmpty();
    }

    @Test
    void should_refuse_nonsense() {
        assertThatThrownBy(() -> registry.add("type=status,status=999")).hasMessageContaining("status");
        assertThatThrownBy(() -> registry.add("type=status,rate=2.0")).hasMessageContaining("rate");
        assertThatThrownBy(() -> registry.add("nonsense")).hasMessageContaining("key=value");
    }
}
