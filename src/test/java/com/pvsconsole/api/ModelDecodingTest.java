package com.pvsconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.Datacenters;
import com.pvsconsole.api.model.Events;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.Images;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.Jobs;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.Networks;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceConsole;
import com.pvsconsole.api.model.PvmInstanceUpdateResponse;
import com.pvsconsole.api.model.PvmInstances;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.SshKeys;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.Volumes;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.model.Workspaces;
import com.pvsconsole.contract.ApiDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full responses (every property the definition names, fixtures valid against it strictly) decode into the
 * records and serialise back to the same JSON: no field is lost or misspelt.
 */
class ModelDecodingTest {

    private static final ObjectMapper JSON = JsonMapper.create();
    private static final String CI = "/pcloud/v1/cloud-instances/ci-1";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("workspaces", type(Workspaces.class), "GET", "/v1/workspaces", 200),
                Arguments.of("workspace", type(Workspace.class), "GET", "/v1/workspaces/ws-1", 200),
                Arguments.of("datacenters", type(Datacenters.class), "GET", "/v1/datacenters", 200),
                Arguments.of("cloud-instance", type(CloudInstance.class), "GET", CI, 200),
                Arguments.of("pvm-instances", type(PvmInstances.class), "GET", CI + "/pvm-instances", 200),
                Arguments.of("pvm-instance", type(PvmInstance.class), "GET", CI + "/pvm-instances/vm-1", 200),
                Arguments.of("pvm-instance-list", JSON.getTypeFactory().constructCollectionType(List.class,
                        PvmInstance.class), "POST", CI + "/pvm-instances", 201),
                Arguments.of("pvm-instance-update-response", type(PvmInstanceUpdateResponse.class), "PUT",
                        CI + "/pvm-instances/vm-1", 202),
                Arguments.of("pvm-instance-console", type(PvmInstanceConsole.class), "POST",
                        CI + "/pvm-instances/vm-1/console", 201),
                Arguments.of("volumes", type(Volumes.class), "GET", CI + "/volumes", 200),
                Arguments.of("volume", type(Volume.class), "GET", CI + "/volumes/v-1", 200),
                Arguments.of("networks", type(Networks.class), "GET", CI + "/networks", 200),
                Arguments.of("network", type(Network.class), "GET", CI + "/networks/n-1", 200),
                Arguments.of("images", type(Images.class), "GET", CI + "/images", 200),
                Arguments.of("image", type(Image.class), "GET", CI + "/images/i-1", 200),
                Arguments.of("ssh-keys", type(SshKeys.class), "GET", "/pcloud/v1/tenants/t-1/sshkeys", 200),
                Arguments.of("ssh-key", type(SshKey.class), "POST", "/pcloud/v1/tenants/t-1/sshkeys", 201),
                Arguments.of("events", type(Events.class), "GET", CI + "/events", 200),
                Arguments.of("jobs", type(Jobs.class), "GET", CI + "/jobs", 200),
                Arguments.of("job", type(Job.class), "GET", CI + "/jobs/j-1", 200),
                Arguments.of("snapshots", type(com.pvsconsole.api.model.Snapshots.class), "GET", CI + "/snapshots", 200),
                Arguments.of("clone-task-status", type(com.pvsconsole.api.model.CloneTaskStatus.class), "GET",
                        "/pcloud/v2/cloud-instances/ci-1/volumes/clone-tasks/t-1", 200),
                Arguments.of("network-interfaces", type(com.pvsconsole.api.model.NetworkInterfaces.class), "GET",
                        "/v1/networks/n-1/network-interfaces", 200),
                Arguments.of("system-pools", JSON.getTypeFactory().constructMapType(java.util.LinkedHashMap.class,
                        String.class, com.pvsconsole.api.model.SystemPool.class), "GET", CI + "/system-pools", 200),
                Arguments.of("storage-pools-capacity", type(com.pvsconsole.api.model.StoragePoolsCapacity.class), "GET",
                        CI + "/storage-capacity/storage-pools", 200),
                Arguments.of("shared-processor-pool-detail", type(com.pvsconsole.api.model.SharedProcessorPoolDetail.class),
                        "GET", CI + "/shared-processor-pools/p-1", 200),
                Arguments.of("placement-groups", type(com.pvsconsole.api.model.PlacementGroups.class), "GET",
                        CI + "/placement-groups", 200),
                Arguments.of("spp-placement-groups", type(com.pvsconsole.api.model.SppPlacementGroups.class), "GET",
                        CI + "/spp-placement-groups", 200),
                Arguments.of("sap-profiles", type(com.pvsconsole.api.model.SapProfiles.class), "GET", CI + "/sap", 200),
                Arguments.of("network-security-groups", type(com.pvsconsole.api.model.NetworkSecurityGroups.class), "GET",
                        "/v1/network-security-groups", 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void should_decode_every_documented_field_and_write_it_back_unchanged(String fixture, JavaType type,
            String method, String path, int status) throws Exception {
        JsonNode original = JSON.readTree(FakePowerVs.readFixture(fixture));
        assertThat(ApiDefinition.strict().validateResponse(method, path, status, original))
                .as("fixture is a valid response").isEmpty();

        Object decoded = JSON.readValue(original.toString(), type);
        JsonNode written = JSON.valueToTree(decoded);

        assertThat(written.equals(NUMERIC_EQUALITY, original))
                .as("round trip of %s%nwritten:  %s%noriginal: %s", fixture, written, original).isTrue();
    }

    @Test
    void should_ignore_unknown_fields_and_tolerate_missing_ones() throws Exception {
        PvmInstance instance = JSON.readValue(
                "{\"pvmInstanceID\":\"vm-1\",\"status\":\"SOME_NEW_STATE\",\"brandNewField\":{\"x\":1}}",
                PvmInstance.class);

        assertThat(instance.pvmInstanceID()).isEqualTo("vm-1");
        assertThat(instance.status()).as("status kept as it comes").isEqualTo("SOME_NEW_STATE");
        assertThat(instance.networks()).isNull();
    }

    private static JavaType type(Class<?> type) {
        return JSON.getTypeFactory().constructType(type);
    }

    /** 42 and 42.0 are the same JSON number; Jackson may write a Double where the fixture has an int. */
    private static final Comparator<JsonNode> NUMERIC_EQUALITY = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.equals(b) ? 0 : 1;
    };
}
