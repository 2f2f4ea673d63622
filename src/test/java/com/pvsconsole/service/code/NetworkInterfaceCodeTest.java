package com.pvsconsole.service.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.region.EndpointUrls;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.networks.InstanceInterface;
import com.pvsconsole.service.networks.InstanceNetworks;
import com.pvsconsole.testsupport.RecordingProxy;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy as code for adding a network to a server and removing it: two requests each, the second of an add
 * addressed by the id the first one answers. The generated POSIX curl runs through bash against the simulator
 * with a real token and must send what the console's {@link InstanceNetworks} sends (both through one recording
 * proxy); the server's name is hostile, since it goes into the interface's name.
 */
class NetworkInterfaceCodeTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private SimulatedWorkspace ws;
    private RecordingProxy proxy;
    private PowerVsClient client;
    private CodeGenerator generator;
    private CodeTarget target;
    private InstanceNetworks console;
    private PvmInstanceReference server;
    private String networkId;

    @BeforeEach
    void start() throws Exception {
        ws = SimulatedWorkspace.start(1000);
        proxy = new RecordingProxy(ws.sim().port());
        client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(ws.sim()::apiKey, "test")
                .iamBaseUrl(ws.sim().iamUrl()).urlTemplates(proxy.urlTemplate(), proxy.privateUrlTemplate()).build());
        generator = new CodeGenerator(new EndpointUrls(RegionCatalog.loadDefault(), proxy.urlTemplate(),
                proxy.privateUrlTemplate()));
        target = CodeTarget.of(ws.context(), ws.workspace().name());
        console = new InstanceNetworks(client, ws.executor());
        // a fresh private network no server is on, and an ACTIVE server
        networkId = ws.direct().createNetwork(ws.context(), NetworkCreate.builder().name("app-net").type("vlan")
                .cidr("192.168.78.0/24").gateway("192.168.78.1").build(), NONE).networkID();
        server = ws.direct().listInstances(ws.context(), NONE).stream().filter(i -> "ACTIVE".equals(i.status()))
                .findFirst().orElseThrow();
        Files.writeString(home.resolve("canary"), "still here");
    }

    @AfterEach
    void stop() {
        proxy.close();
        ws.close();
    }

    @Test
    void should_make_the_add_and_remove_curl_send_what_the_console_sends() throws Exception {
        // given the console adding the network to the server (hostile name) and removing it again
        proxy.clear();
        InstanceInterface[] added = {null};
        console.add(ws.workspaceScope(), server.pvmInstanceID(), CurlRoundTripTest.HOSTILE, networkId, "app-net", null)
                .onSuccess(nic -> added[0] = nic);
        ws.until(() -> added[0] != null);
        List<RecordingProxy.Seen> consoleAdd = proxy.seen();
        proxy.clear();
        boolean[] removed = {false};
        console.remove(ws.workspaceScope(), added[0], CurlRoundTripTest.HOSTILE).onSuccess(ok -> removed[0] = true);
        ws.until(() -> removed[0]);
        List<RecordingProxy.Seen> consoleRemove = proxy.seen();

        // when the generated curl for the same add runs in bash
        proxy.clear();
        runBash(generator.generate(target, InstanceNetworks.addAction(server.pvmInstanceID(),
                CurlRoundTripTest.HOSTILE, networkId, "app-net", null)).curlPosix());
        List<RecordingProxy.Seen> curlAdd = proxy.seen();

        // then: the same two requests, the attach addressed to the interface the create made, now on the server
        NetworkInterface made = attachedInterface();
        assertSame(curlAdd, consoleAdd, made.id(), added[0].id());
        assertThat(JSON.readTree(curlAdd.get(0).body()).get("name").asText())
                .isEqualTo(CurlRoundTripTest.HOSTILE + "-app-net");

        // and when the generated curl removes it
        proxy.clear();
        runBash(generator.generate(target, InstanceNetworks.removeAction(server.pvmInstanceID(),
                CurlRoundTripTest.HOSTILE, new InstanceInterface(networkId, "app-net", made))).curlPosix());

        // then: the same detach and delete the console sent, and the interface is gone
        assertSame(proxy.seen(), consoleRemove, made.id(), added[0].id());
        assertThat(client.listNetworkInterfaces(ws.context(), networkId, NONE)).extracting(NetworkInterface::id)
                .doesNotContain(made.id());
        assertThat(home.resolve("canary")).hasContent("still here");
    }

    @Test
    void should_make_the_existing_interface_curl_read_it() throws Exception {
        // given an interface the console added
        InstanceInterface[] added = {null};
        console.add(ws.workspaceScope(), server.pvmInstanceID(), "web", networkId, "app-net", null)
                .onSuccess(nic -> added[0] = nic);
        ws.until(() -> added[0] != null);
        proxy.clear();
        client.getNetworkInterface(ws.context(), networkId, added[0].id(), NONE);
        RecordingProxy.Seen byClient = proxy.seen().get(0);

        // when the row's Copy as code runs
        proxy.clear();
        runBash(generator.generate(target, InstanceNetworks.existing(server.pvmInstanceID(), "web", added[0]))
                .curlPosix());

        // then it reads that interface, as the client does
        assertThat(proxy.seen()).singleElement().satisfies(curl -> {
            assertThat(curl.method()).isEqualTo("GET");
            assertThat(curl.pathAndQuery()).isEqualTo(byClient.pathAndQuery()).endsWith("/" + added[0].id());
        });
    }

    @Test
    void should_give_the_cli_each_hostile_value_as_one_argument() throws Exception {
        // given a stand-in ibmcloud that records each call's arguments, and NI_ID set as the comment asks
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path fake = bin.resolve("ibmcloud");
        Files.writeString(fake, "#!/bin/sh\nn=$(ls \"$CALLS\" | wc -l)\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done"
                + " > \"$CALLS/call-$n\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        Path calls = Files.createDirectories(home.resolve("calls"));
        CodeAction.AddNetworkInterface add = InstanceNetworks.addAction("srv-1", CurlRoundTripTest.HOSTILE, "net-1",
                "app net", null);
        CodeAction.RemoveNetworkInterface remove = new CodeAction.RemoveNetworkInterface(
                new CodeAction.Ref("srv-1", CurlRoundTripTest.HOSTILE), new CodeAction.Ref("net-1", "app net"),
                new CodeAction.Ref("nic-1", null));

        // when bash runs the add's and the remove's CLI text
        String script = generator.generate(target, add).cliPosix() + generator.generate(target, remove).cliPosix();
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(home.toFile())
                .redirectErrorStream(true);
        bash.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        bash.environment().put("CALLS", calls.toString());
        bash.environment().put("NI_ID", "nic-9");
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        // then: create with the exact name, attach the interface the variable names, detach with an empty id, delete
        assertThat(args(calls, 1)).containsExactly("pi", "network-interface", "create",
                CurlRoundTripTest.HOSTILE + "-app net", "--network-id", "net-1");
        assertThat(args(calls, 2)).containsExactly("pi", "network-interface", "update", "nic-9", "--network-id",
                "net-1", "--instance-id", "srv-1");
        assertThat(args(calls, 4)).containsExactly("pi", "network-interface", "update", "nic-1", "--network-id",
                "net-1", "--instance-id", "");
        assertThat(args(calls, 5)).containsExactly("pi", "network-interface", "delete", "nic-1", "--network-id",
                "net-1");
        assertThat(home.resolve("canary")).hasContent("still here");

        // and PowerShell reads the create's name and the curl body literally
        String createLine = generator.generate(target, add).cliPowerShell().lines()
                .filter(l -> l.startsWith("ibmcloud pi network-interface create")).findFirst().orElseThrow();
        assertThat(PowerShellWords.words(createLine)).containsExactly("ibmcloud", "pi", "network-interface",
                "create", CurlRoundTripTest.HOSTILE + "-app net", "--network-id", "net-1");
        String bodyLine = generator.generate(target, add).curlPowerShell().lines()
                .filter(l -> l.startsWith("$body = ")).findFirst().orElseThrow();
        assertThat(JSON.readTree(PowerShellWords.decode(bodyLine.substring("$body = ".length()))).get("name")
                .asText()).isEqualTo(CurlRoundTripTest.HOSTILE + "-app net");
    }

    /** The one interface on the network attached to the server. */
    private NetworkInterface attachedInterface() {
        return client.listNetworkInterfaces(ws.context(), networkId, NONE).stream()
                .filter(n -> n.instance() != null && server.pvmInstanceID().equals(n.instance().instanceID()))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one interface of the server on the network");
                }).orElseThrow();
    }

    /** Same methods, paths (each interface id in its own run), CRN and bodies, with the real token. */
    private void assertSame(List<RecordingProxy.Seen> curl, List<RecordingProxy.Seen> consoleSent, String curlNic,
                            String consoleNic) {
        assertThat(curl).hasSize(2).hasSameSizeAs(consoleSent);
        for (int i = 0; i < curl.size(); i++) {
            RecordingProxy.Seen c = curl.get(i);
            RecordingProxy.Seen s = consoleSent.get(i);
            assertThat(c.method()).isEqualTo(s.method());
            assertThat(c.pathAndQuery().replace(curlNic, "{id}")).isEqualTo(s.pathAndQuery().replace(consoleNic, "{id}"));
            assertThat(c.crn()).isEqualTo(s.crn()).isEqualTo(ws.context().crn().format());
            assertThat(c.body()).isEqualTo(s.body());
            assertThat(c.authorization()).isEqualTo("Bearer " + realToken());
        }
    }

    private void runBash(String script) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(home.toFile())
                .redirectErrorStream(true);
        bash.environment().put("IAM_TOKEN", realToken());
        bash.environment().put("HOME", home.toString());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bash finished: " + output).isTrue();
        assertThat(process.exitValue()).as("curl exit, output: " + output).isZero();
    }

    private String token;

    private String realToken() {
        if (token != null) {
            return token;
        }
        Request request = new Request.Builder().url(ws.sim().iamUrl() + "/identity/token")
                .post(new FormBody.Builder().add("grant_type", "urn:ibm:params:oauth:grant-type:apikey")
                        .add("apikey", ws.sim().apiKey()).build()).build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            token = JSON.readTree(response.body().string()).get("access_token").asText();
            return token;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> args(Path calls, int n) throws Exception {
        String[] parts = Files.readString(calls.resolve("call-" + n), StandardCharsets.UTF_8).split("\0", -1);
        return new ArrayList<>(List.of(parts).subList(0, parts.length - 1));
    }
}
