package com.pvsconsole.service.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.region.EndpointUrls;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.testsupport.RecordingProxy;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each generated POSIX curl through {@code bash -c} against the simulator with a real token, and
 * checks that the simulator received the same method, path, query, CRN header and body as when the
 * console's own client performs the action (both pass through one recording proxy). Hostile names and
 * multi-line user data must arrive byte for byte, and nothing in them may be run by the shell.
 */
class CurlRoundTripTest {

    static final String HOSTILE = "a'b $(rm -rf ~) \"c\"";
    static final String USER_DATA = "#cloud-config\nruncmd:\n  - echo 'it''s' \"$HOME\" `id` $(uname)\n\t%{x} ${y}\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SimulatedWorkspace sim;
    private static RecordingProxy proxy;
    private static PowerVsClient client;
    private static CodeGenerator generator;
    private static CodeTarget target;
    private static String token;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() throws IOException {
        sim = SimulatedWorkspace.start(1000);
        proxy = new RecordingProxy(sim.sim().port());
        client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim.sim()::apiKey, "test")
                .iamBaseUrl(sim.sim().iamUrl())
                .urlTemplates(proxy.urlTemplate(), proxy.privateUrlTemplate())
                .build());
        generator = new CodeGenerator(new EndpointUrls(RegionCatalog.loadDefault(), proxy.urlTemplate(),
                proxy.privateUrlTemplate()));
        target = CodeTarget.of(sim.context(), sim.workspace().name());
        token = realToken();
        Files.writeString(home.resolve("canary"), "still here");
    }

    @AfterAll
    static void stop() {
        proxy.close();
        sim.close();
    }

    @TestFactory
    Stream<DynamicTest> should_make_curl_send_what_the_client_sends() {
        Map<String, CodeAction> actions = new LinkedHashMap<>(SampleActions.all());
        // The console lists tenant keys and never reads one by name, so there is no client call to compare with.
        actions.remove("sshkey-existing");
        // Adding and removing a network need a real server, network and interface: NetworkInterfaceCodeTest.
        actions.remove("network-interface-add");
        actions.remove("network-interface-remove");
        actions.putAll(hostileActions());
        return actions.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            proxy.clear();
            ClientCalls.perform(client, sim.context(), e.getValue());
            RecordingProxy.Seen byClient = proxy.seen().get(proxy.seen().size() - 1);

            proxy.clear();
            runBash(generator.generate(target, e.getValue()).curlPosix());
            List<RecordingProxy.Seen> byCurl = proxy.seen();

            assertThat(byCurl).hasSize(1);
            RecordingProxy.Seen curl = byCurl.get(0);
            assertThat(curl.method()).isEqualTo(byClient.method());
            assertThat(curl.pathAndQuery()).isEqualTo(byClient.pathAndQuery());
            assertThat(curl.crn()).isEqualTo(byClient.crn()).isEqualTo(sim.context().crn().format());
            assertThat(curl.body()).isEqualTo(byClient.body());
            assertThat(curl.authorization()).isEqualTo("Bearer " + token);
            assertThat(home.resolve("canary")).hasContent("still here");
        }));
    }

    @TestFactory
    Stream<DynamicTest> should_deliver_hostile_values_byte_for_byte() {
        return Stream.of(
                DynamicTest.dynamicTest("server name and user data", () -> {
                    JsonNode body = sendByCurl(hostileActions().get("hostile-instance-create"));
                    assertThat(body.get("serverName").asText()).isEqualTo(HOSTILE);
                    assertThat(body.get("userData").asText()).isEqualTo(USER_DATA);
                }),
                DynamicTest.dynamicTest("pool name", () -> assertThat(sendByCurl(hostileActions()
                        .get("hostile-pool-create")).get("name").asText()).isEqualTo(HOSTILE)),
                DynamicTest.dynamicTest("placement group name", () -> assertThat(sendByCurl(hostileActions()
                        .get("hostile-placement-group-create")).get("name").asText()).isEqualTo(HOSTILE)),
                DynamicTest.dynamicTest("SPP placement group name", () -> assertThat(sendByCurl(hostileActions()
                        .get("hostile-spp-placement-group-create")).get("name").asText()).isEqualTo(HOSTILE)),
                DynamicTest.dynamicTest("ssh key name in the path", () -> {
                    proxy.clear();
                    runBash(generator.generate(target, new CodeAction.DeleteSshKey(HOSTILE)).curlPosix());
                    String path = proxy.seen().get(0).pathAndQuery();
                    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
                    assertThat(okhttp3.HttpUrl.parse("http://h/" + lastSegment).pathSegments())
                            .containsExactly(HOSTILE);
                }));
    }

    private static JsonNode sendByCurl(CodeAction action) throws Exception {
        proxy.clear();
        runBash(generator.generate(target, action).curlPosix());
        return JSON.readTree(proxy.seen().get(0).body());
    }

    static Map<String, CodeAction> hostileActions() {
        Map<String, CodeAction> actions = new LinkedHashMap<>();
        actions.put("hostile-instance-create", new CodeAction.CreateInstance(PvmInstanceCreate.builder()
                .serverName(HOSTILE).imageID("img-1").processors(0.25).procType("shared").memory(2.0)
                .sysType("s922").keyPairName("$HOME key").networks(List.of(new PvmInstanceAddNetwork(null, "net-1",
                        null))).userData(USER_DATA).build()));
        actions.put("hostile-volume-create", new CodeAction.CreateVolume(CreateDataVolume.builder().name(HOSTILE)
                .size(10.0).build()));
        actions.put("hostile-network-create", new CodeAction.CreateNetwork(NetworkCreate.builder().name(HOSTILE)
                .type("vlan").cidr("10.9.0.0/24").build()));
        actions.put("hostile-sshkey-create", new CodeAction.CreateSshKey(SshKey.builder().name(HOSTILE)
                .sshKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5Zm9yY29weWFzY29kZQ x'y\"z").build()));
        actions.put("hostile-sshkey-delete", new CodeAction.DeleteSshKey(HOSTILE));
        actions.put("hostile-pool-create", new CodeAction.CreatePool(com.pvsconsole.api.model.SharedProcessorPoolCreate
                .builder().name(HOSTILE).hostGroup("s922").reservedCores(1L).build()));
        actions.put("hostile-placement-group-create", com.pvsconsole.service.pools.PoolService.group(HOSTILE,
                com.pvsconsole.service.pools.PlacementPolicy.AFFINITY));
        actions.put("hostile-spp-placement-group-create", com.pvsconsole.service.pools.PoolService.sppGroup(HOSTILE,
                com.pvsconsole.service.pools.PlacementPolicy.ANTI_AFFINITY));
        return actions;
    }

    private static void runBash(String script) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(home.toFile())
                .redirectErrorStream(true);
        bash.environment().put("IAM_TOKEN", token);
        bash.environment().put("HOME", home.toString());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bash finished: " + output).isTrue();
        assertThat(process.exitValue()).as("curl exit, output: " + output).isZero();
    }

    private static String realToken() throws IOException {
        OkHttpClient http = new OkHttpClient();
        Request request = new Request.Builder().url(sim.sim().iamUrl() + "/identity/token")
                .post(new FormBody.Builder().add("grant_type", "urn:ibm:params:oauth:grant-type:apikey")
                        .add("apikey", sim.sim().apiKey()).build()).build();
        try (Response response = http.newCall(request).execute()) {
            return JSON.readTree(response.body().string()).get("access_token").asText();
        }
    }
}
