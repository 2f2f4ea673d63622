package com.pvsconsole.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.PvmInstances;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equal short values of a list answer decode to one String; values stay exactly what was sent. */
class CanonicalStringDeserializerTest {

    private final ObjectMapper json = JsonMapper.create();

    @Test
    void should_decode_repeated_values_of_many_records_to_one_string() throws Exception {
        // given an answer whose records repeat status and system type and differ in id and name
        StringBuilder body = new StringBuilder("{\"pvmInstances\":[");
        for (int i = 0; i < 200; i++) {
            body.append(i == 0 ? "" : ",").append("{\"pvmInstanceID\":\"id-").append(i)
                    .append("\",\"serverName\":\"web-").append(i)
                    .append("\",\"status\":\"ACTIVE\",\"sysType\":\"s1022\",\"addresses\":[{\"networkName\":\"prod-net\"}]}");
        }
        body.append("]}");

        // when it is decoded
        List<PvmInstanceReference> instances = json.readValue(body.toString(), PvmInstances.class).pvmInstances();

        // then the repeated values are shared and the distinct ones are intact
        assertThat(instances).hasSize(200);
        PvmInstanceReference first = instances.get(0);
        for (PvmInstanceReference instance : instances) {
            assertThat(instance.status()).isSameAs(first.status()).isEqualTo("ACTIVE");
            assertThat(instance.sysType()).isSameAs(first.sysType());
            assertThat(instance.addresses().get(0).networkName()).isSameAs(first.addresses().get(0).networkName());
        }
        assertThat(instances).extracting(PvmInstanceReference::serverName).doesNotHaveDuplicates()
                .contains("web-0", "web-199");
        assertThat(instances.get(57).pvmInstanceID()).isEqualTo("id-57");
    }

    @Test
    void should_keep_long_values_escapes_and_non_string_tokens_as_sent() throws Exception {
        // given values the table does not hold: a long one, escapes, a number where a string is expected
        String longValue = "x".repeat(CanonicalStringDeserializer.MAX_LENGTH + 1);
        String body = "{\"pvmInstances\":[{\"serverName\":\"" + longValue + "\",\"status\":\"A\\u00c9\\\"B\","
                + "\"sysType\":1022,\"osType\":\"\"}]}";

        // when it is decoded
        PvmInstanceReference instance = json.readValue(body, PvmInstances.class).pvmInstances().get(0);

        // then each value is exactly what was sent
        assertThat(instance.serverName()).isEqualTo(longValue);
        assertThat(instance.status()).isEqualTo("A\u00c9\"B");
        assertThat(instance.sysType()).isEqualTo("1022");
        assertThat(instance.osType()).isEmpty();
    }

    @Test
    void should_not_confuse_different_values_that_share_a_slot() {
        // given a table fed many distinct values (some collide in its slots)
        CanonicalStringDeserializer table = new CanonicalStringDeserializer();

        // when each value is looked up twice, with others in between
        for (int i = 0; i < 50_000; i++) {
            char[] chars = ("v" + i).toCharArray();
            // then what comes back always equals what was asked for
            assertThat(table.canonical(chars, 0, chars.length)).isEqualTo("v" + i);
        }
        char[] again = "xv42x".toCharArray();
        assertThat(table.canonical(again, 1, 3)).isEqualTo("v42");
    }

    @Test
    void should_tell_apart_values_that_differ_only_where_the_hash_does_not_look() {
        // given long values alike at both ends and in the middle, differing in between (the hash
        // samples a few characters only, so these share a hash and a slot)
        String href = "/pcloud/v1/cloud-instances/ws-0001/networks/net-0001";
        CanonicalStringDeserializer table = new CanonicalStringDeserializer();
        String first = href.substring(0, 10) + "A" + href.substring(11);
        String second = href.substring(0, 10) + "B" + href.substring(11);
        assertThat(CanonicalStringDeserializer.hash(first.toCharArray(), 0, first.length()))
                .as("the two values share a hash, so only the full comparison tells them apart")
                .isEqualTo(CanonicalStringDeserializer.hash(second.toCharArray(), 0, second.length()));

        // when both are looked up, one after the other and again
        String[] seen = new String[4];
        int i = 0;
        for (String value : new String[] {first, second, second, first}) {
            char[] chars = ("[" + value + "]").toCharArray();
            seen[i++] = table.canonical(chars, 1, value.length());
        }

        // then each comes back as itself, and a repeat straight after is shared
        assertThat(seen).containsExactly(first, second, second, first);
        assertThat(seen[2]).isSameAs(seen[1]);
    }
}
