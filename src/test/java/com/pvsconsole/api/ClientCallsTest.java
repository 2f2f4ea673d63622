package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.ACCOUNT;
import static com.pvsconsole.api.FakePowerVs.CRN;
import static com.pvsconsole.api.FakePowerVs.CTX;
import static com.pvsconsole.api.FakePowerVs.INSTANCE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.SshKey;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every client method: method, path, query, headers and request JSON on the wire, and the decoded answer. */
class ClientCallsTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private static final String CI = "/pcloud/v1/cloud-instances/" + INSTANCE_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final FakePowerVs fake = new FakePowerVs();
    private final PowerVsClient client = fake.client();



    /** One row: what to call, what must go on the wire, what comes back. */
    record Case(String name, Consumer<PowerVsClient> call, String method, String pathAndQuery, boolean crn,
            String requestJson, String fixture, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.concat(existingCases(), CoverageCalls.cases());
    }

    private static Stream<Case> existingCases() {
        return Stream.of(
            new Case("listWorkspaces", c -> assertThat(c.listWorkspaces(RegionEndpoint.publicEndpoint("us-south"), NONE))
                    .extracting(w -> w.id()).containsExactly("id-value"),
                    "GET", "/v1/workspaces", false, null, "workspaces", 200),
            new Case("getWorkspace", c -> assertThat(c.getWorkspace(RegionEndpoint.publicEndpoint("us-south"), "ws-1",
                    NONE).details().crn()).startsWith("crn:v1:"),
                    "GET", "/v1/workspaces/ws-1", false, null, "workspace", 200),
            new Case("getCloudInstance", c -> assertThat(c.getCloudInstance(CTX, NONE).usage().processors())
                    .isEqualTo(2.5), "GET", CI, true, null, "cloud-instance", 200),
            new Case("listInstances", c -> assertThat(c.listInstances(CTX, NONE).get(0).serverName())
                    .isEqualTo("serverName-value"), "GET", CI + "/pvm-instances", true, null, "pvm-instances", 200),
            new Case("getInstance", c -> assertThat(c.getInstance(CTX, "vm-1", NONE).health().status())
                    .isEqualTo("status-value"), "GET", CI + "/pvm-instances/vm-1", true, null, "pvm-instance", 200),
            new Case("createInstance", c -> assertThat(c.createInstance(CTX, minimalCreate(), NONE)).hasSize(1),
                    "POST", CI + "/pvm-instances", true,
                    "{\"imageID\":\"img-1\",\"memory\":4.0,\"networkIDs\":[\"net-1\"],\"procType\":\"shared\","
                            + "\"processors\":0.25,\"serverName\":\"aix-01\"}",
                    "pvm-instance-list", 201),
            new Case("performInstanceAction", c -> c.performInstanceAction(CTX, "vm-1", InstanceAction.SOFT_REBOOT, NONE),
                    "POST", CI + "/pvm-instances/vm-1/action", true, "{\"action\":\"soft-reboot\"}", null, 200),
            new Case("updateInstance", c -> assertThat(c.updateInstance(CTX, "vm-1", resize(), NONE).statusUrl())
                    .isEqualTo("statusUrl-value"), "PUT", CI + "/pvm-instances/vm-1", true,
                    "{\"memory\":8.0,\"processors\":1.0}", "pvm-instance-update-response", 202),
            new Case("deleteInstance keeping volumes", c -> c.deleteInstance(CTX, "vm-1", false, NONE),
                    "DELETE", CI + "/pvm-instances/vm-1?delete_data_volumes=false", true, null, null, 200),
            new Case("deleteInstance with volumes", c -> c.deleteInstance(CTX, "vm-1", true, NONE),
                    "DELETE", CI + "/pvm-instances/vm-1?delete_data_volumes=true", true, null, null, 200),
            new Case("captureInstance", c -> assertThat(c.captureInstance(CTX, "vm-1",
                    PvmInstanceCapture.toImageCatalog("aix-golden", List.of("vol-1")), NONE).id()).isEqualTo("id-value"),
                    "POST", "/pcloud/v2/cloud-instances/" + INSTANCE_ID + "/pvm-instances/vm-1/capture", true,
                    "{\"captureDestination\":\"image-catalog\",\"captureName\":\"aix-golden\","
                            + "\"captureVolumeIDs\":[\"vol-1\"]}", "job-reference", 202),
            new Case("createConsoleUrl", c -> assertThat(c.createConsoleUrl(CTX, "vm-1", NONE).consoleURL())
                    .isEqualTo("consoleURL-value"), "POST", CI + "/pvm-instances/vm-1/console", true, "", "pvm-instance-console", 201),
            new Case("listVolumes", c -> assertThat(c.listVolumes(CTX, NONE).get(0).state()).isEqualTo("state-value"),
                    "GET", CI + "/volumes", true, null, "volumes", 200),
            new Case("listInstanceVolumes", c -> assertThat(c.listInstanceVolumes(CTX, "vm-1", NONE)).hasSize(1),
                    "GET", CI + "/pvm-instances/vm-1/volumes", true, null, "volumes", 200),
            new Case("getVolume", c -> assertThat(c.getVolume(CTX, "vol-1", NONE).size()).isEqualTo(2.5),
                    "GET", CI + "/volumes/vol-1", true, null, "volume", 200),
            new Case("createVolume", c -> assertThat(c.createVolume(CTX, newVolume(), NONE).volumeID())
                    .isEqualTo("volumeID-value"), "POST", CI + "/volumes", true,
                    "{\"diskType\":\"tier1\",\"name\":\"data-01\",\"shareable\":false,\"size\":20.0}", "volume", 202),
            new Case("attachVolume", c -> c.attachVolume(CTX, "vm-1", "vol-1", NONE),
                    "POST", CI + "/pvm-instances/vm-1/volumes/vol-1", true, "", null, 200),
            new Case("detachVolume", c -> c.detachVolume(CTX, "vm-1", "vol-1", NONE),
                    "DELETE", CI + "/pvm-instances/vm-1/volumes/vol-1", true, null, null, 202),
            new Case("deleteVolume", c -> c.deleteVolume(CTX, "vol-1", NONE),
                    "DELETE", CI + "/volumes/vol-1", true, null, null, 200),
            new Case("listNetworks", c -> assertThat(c.listNetworks(CTX, NONE).get(0).type()).isEqualTo("vlan"),
                    "GET", CI + "/networks", true, null, "networks", 200),
            new Case("getNetwork", c -> assertThat(c.getNetwork(CTX, "net-1", NONE).ipAddressRanges()).hasSize(1),
                    "GET", CI + "/networks/net-1", true, null, "network", 200),
            new Case("createNetwork", c -> assertThat(c.createNetwork(CTX, newNetwork(), NONE).cidr())
                    .isEqualTo("cidr-value"), "POST", CI + "/networks", true,
                    "{\"cidr\":\"192.168.10.0/24\",\"dnsServers\":[\"9.9.9.9\"],\"gateway\":\"192.168.10.1\","
                            + "\"name\":\"app-net\",\"type\":\"vlan\"}", "network", 201),
            new Case("deleteNetwork", c -> c.deleteNetwork(CTX, "net-1", NONE),
                    "DELETE", CI + "/networks/net-1", true, null, null, 200),
            new Case("listImages", c -> assertThat(c.listImages(CTX, NONE).get(0).specifications().operatingSystem())
                    .isEqualTo("operatingSystem-value"), "GET", CI + "/images", true, null, "images", 200),
            new Case("listStockImages", c -> assertThat(c.listStockImages(CTX, NONE)).hasSize(1),
                    "GET", CI + "/stock-images", true, null, "images", 200),
            new Case("getImage", c -> assertThat(c.getImage(CTX, "img-1", NONE).volumes()).hasSize(1),
                    "GET", CI + "/images/img-1", true, null, "image", 200),
            new Case("getStockImage", c -> assertThat(c.getStockImage(CTX, "img-1", NONE).imageID())
                    .isEqualTo("imageID-value"), "GET", CI + "/stock-images/img-1", true, null, "image", 200),
            new Case("createImage (copy of a stock image)", c -> assertThat(c.createImage(CTX,
                    CreateImage.fromStock("stock-1", "rhel-9-copy"), NONE).taskref().taskID()).isEqualTo("taskID-value"),
                    "POST", CI + "/images", true,
                    "{\"imageID\":\"stock-1\",\"imageName\":\"rhel-9-copy\",\"source\":\"root-project\"}",
                    "image", 201),
            new Case("deleteImage", c -> c.deleteImage(CTX, "img-1", NONE),
                    "DELETE", CI + "/images/img-1", true, null, null, 200),
            new Case("listSshKeys", c -> assertThat(c.listSshKeys(CTX, NONE).get(0).sshKey()).isEqualTo("sshKey-value"),
                    "GET", "/pcloud/v1/tenants/" + ACCOUNT + "/sshkeys", true, null, "ssh-keys", 200),
            new Case("createSshKey", c -> assertThat(c.createSshKey(CTX, SshKey.builder().name("ops").sshKey("ssh-rsa AAAA").build(), NONE)
                    .name()).isEqualTo("name-value"), "POST", "/pcloud/v1/tenants/" + ACCOUNT + "/sshkeys", true,
                    "{\"name\":\"ops\",\"sshKey\":\"ssh-rsa AAAA\"}", "ssh-key", 201),
            new Case("deleteSshKey (name is path-encoded)", c -> c.deleteSshKey(CTX, "my key", NONE),
                    "DELETE", "/pcloud/v1/tenants/" + ACCOUNT + "/sshkeys/my%20key", true, null, null, 200),
            new Case("listEvents", c -> assertThat(c.listEvents(CTX, Instant.parse("2026-11-29T10:00:00Z"),
                    Instant.parse("2026-11-29T11:00:00Z"), NONE).get(0).level()).isEqualTo("notice"),
                    "GET", CI + "/events?from_time=2026-11-29T10%3A00%3A00Z&to_time=2026-11-29T11%3A00%3A00Z", true, null,
                    "events", 200),
            new Case("listJobs", c -> assertThat(c.listJobs(CTX, NONE).get(0).status().state()).isEqualTo("state-value"),
                    "GET", CI + "/jobs", true, null, "jobs", 200),
            new Case("getJob", c -> assertThat(c.getJob(CTX, "job-1", NONE).operation().action())
                    .isEqualTo("action-value"), "GET", CI + "/jobs/job-1", true, null, "job", 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_send_the_documented_request_and_decode_the_answer(Case c) throws Exception {
        fake.enqueue(c.fixture() == null ? FakePowerVs.json(c.status(), "{}") : FakePowerVs.fixture(c.status(), c.fixture()));

        c.call().accept(client);

        RecordedRequest request = fake.lastApiRequest();
        assertThat(request.getMethod()).isEqualTo(c.method());
        assertThat(request.getTarget()).isEqualTo(c.pathAndQuery());
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + FakePowerVs.tokenValue(1));
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("pvs-console/1.2.3-test");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Host")).isEqualTo("us-south.localhost:" + fake.server.getPort());
        if (c.crn()) {
            assertThat(request.getHeaders().get("CRN")).isEqualTo(CRN.format());
        } else {
            assertThat(request.getHeaders().names()).doesNotContain("CRN", "crn");
        }
        String body = request.getBody() == null ? null : request.getBody().utf8();
        if (c.requestJson() == null) {
            assertThat(body == null || body.isEmpty()).as("no request body").isTrue();
        } else if (c.requestJson().isEmpty()) {
            assertThat(body).isEmpty();
        } else {
            assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
            assertThat(JSON.readTree(body)).isEqualTo(JSON.readTree(c.requestJson()));
        }
    }

    @Test
    void should_list_private_datacenters_on_a_private_endpoint_without_a_crn() {
        fake.enqueue(FakePowerVs.fixture(200, "datacenters"));

        client.listDatacenters(new RegionEndpoint("lon", EndpointType.PRIVATE), NONE);

        RecordedRequest request = fake.lastApiRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/datacenters/private");
        assertThat(request.getHeaders().get("Host")).isEqualTo("private.eu-gb.localhost:" + fake.server.getPort());
        assertThat(request.getHeaders().names()).doesNotContain("CRN", "crn");
    }

    @Test
    void should_refuse_to_shrink_a_volume_before_sending_anything() {
        PowerVsException e = org.assertj.core.api.Assertions.catchThrowableOfType(PowerVsException.class,
                () -> client.updateVolume(CTX, "vol-1", 40.0,
                        com.pvsconsole.api.model.UpdateVolume.builder().size(30.0).build(), NONE));

        assertThat(e.hintKey()).isEqualTo("input.volume.shrink");
        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
        assertThat(fake.apiRequests).isEmpty();
    }

    @Test
    void should_use_the_private_endpoint_name_for_private_calls() {
        WorkspaceContext lonPrivate = WorkspaceContext.of("lon", EndpointType.PRIVATE, Crn.of("lon04", ACCOUNT, "ws"));
        fake.enqueue(FakePowerVs.fixture(200, "jobs"));

        client.listJobs(lonPrivate, NONE);

        assertThat(fake.lastApiRequest().getHeaders().get("Host"))
                .isEqualTo("private.eu-gb.localhost:" + fake.server.getPort());
        assertThat(fake.lastApiRequest().getTarget()).isEqualTo("/pcloud/v1/cloud-instances/ws/jobs");
    }

    @Test
    void should_address_a_listed_workspace_by_its_crn() {
        RegionEndpoint usSouth = RegionEndpoint.publicEndpoint("us-south");
        fake.enqueue(FakePowerVs.json(200, "{\"workspaces\":[{\"id\":\"ws-9\",\"name\":\"prod\",\"details\":"
                + "{\"crn\":\"crn:v1:bluemix:public:power-iaas:dal12:a/" + ACCOUNT + ":ws-9::\"}}]}"),
                FakePowerVs.fixture(200, "pvm-instances"));

        WorkspaceContext ctx = WorkspaceContext.forWorkspace(usSouth, client.listWorkspaces(usSouth, NONE).get(0));
        client.listInstances(ctx, NONE);

        assertThat(fake.lastApiRequest().getTarget()).isEqualTo("/pcloud/v1/cloud-instances/ws-9/pvm-instances");
        assertThat(fake.lastApiRequest().getHeaders().get("CRN")).contains(":dal12:", ":ws-9::");
    }

    @Test
    void should_return_empty_lists_when_the_service_omits_them() {
        fake.enqueue(FakePowerVs.json(200, "{}"));

        assertThat(client.listInstances(CTX, NONE)).isEmpty();
    }

    @Test
    void should_send_the_api_key_as_an_iam_form_post() throws Exception {
        client.listJobs(CTX, NONE);

        RecordedRequest token = fake.tokenRecords.get(0);
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(token.getBody().utf8()).isEqualTo(
                "grant_type=urn%3Aibm%3Aparams%3Aoauth%3Agrant-type%3Aapikey&apikey=" + FakePowerVs.API_KEY);
    }

    static PvmInstanceCreate minimalCreate() {
        return PvmInstanceCreate.builder().serverName("aix-01").imageID("img-1").procType("shared").processors(0.25)
                .memory(4.0).networkIDs(List.of("net-1")).build();
    }

    static PvmInstanceUpdate resize() {
        return PvmInstanceUpdate.builder().processors(1.0).memory(8.0).build();
    }

    static CreateDataVolume newVolume() {
        return CreateDataVolume.builder().name("data-01").size(20.0).diskType("tier1").shareable(false).build();
    }

    static NetworkCreate newNetwork() {
        return NetworkCreate.builder().name("app-net").type("vlan").cidr("192.168.10.0/24").gateway("192.168.10.1")
                .dnsServers(List.of("9.9.9.9")).build();
    }
}
