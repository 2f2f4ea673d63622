package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.MutatingRequest;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.testsupport.SecretScanner;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal as the console wires it: installed in the client ({@link JournalingObserver}), so every
 * mutating request is written before it is sent, whatever service sends it. Against the simulator
 * over HTTP, counting at {@code /_sim/requests}.
 */
class JournaledClientSimTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OkHttpClient control = new OkHttpClient();
    private SimulatedWorkspace sim;
    private WorkspaceContext ctx;
    private String instancesPath;

    @TempDir
    Path state;

    @BeforeEach
    void start() {
        sim = SimulatedWorkspace.start(1000);
        ctx = sim.context();
        instancesPath = "/pcloud/v1/cloud-instances/" + ctx.cloudInstanceId() + "/pvm-instances";
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private PowerVsClient journaledClient(JournalingObserver observer) {
        PowerVsClient client = OkHttpPowerVsClient.create(sim.clientConfig().mutationObserver(observer).build());
        observer.checkWith(client);
        return client;
    }

    private PvmInstanceCreate server(String name, String userData) {
        String image = sim.direct().listImages(ctx, NONE).get(0).imageID();
        String network = sim.direct().listNetworks(ctx, NONE).get(0).networkID();
        return PvmInstanceCreate.builder().serverName(name).imageID(image).processors(0.25).procType("shared")
                .memory(2.0).sysType("s922").networks(List.of(new PvmInstanceAddNetwork(null, network, null)))
                .userData(userData).build();
    }

    private JsonNode control(String method, String path, String json) throws Exception {
        Request.Builder request = new Request.Builder().url(sim.sim().baseUrl() + path);
        if (json != null) {
            request.method(method, RequestBody.create(json, MediaType.get("application/json")));
        } else {
            request.method(method, method.equals("GET") ? null : RequestBody.create(new byte[0]));
        }
        try (Response r = control.newCall(request.build()).execute()) {
            assertThat(r.isSuccessful()).as(path).isTrue();
            return JSON.readTree(r.body().string());
        }
    }

    private long sentToSimulator(String method, String path) throws Exception {
        return control("GET", "/_sim/requests", null).path("requests").path(method + " " + path).asLong(0);
    }

    @Test
    void should_record_a_create_whose_answer_was_reset_once_send_it_once_and_reconcile_it_to_done() throws Exception {
        // given the simulator makes the next server and then drops the connection instead of answering
        control("POST", "/_sim/faults", "{\"route\":\"POST " + instancesPath
                + "\",\"type\":\"reset\",\"phase\":\"after\",\"times\":1}");
        ActionJournal journal = ActionJournal.open(state);
        PowerVsClient client = journaledClient(new JournalingObserver(journal, "demo account"));

        // when the console's client creates a server (as ProvisioningService does)
        assertThatThrownBy(() -> client.createInstance(ctx, server("journal-web-01", null), NONE))
                .isInstanceOfSatisfying(PowerVsException.class,
                        e -> assertThat(e.category()).isIn(ErrorCategory.NETWORK, ErrorCategory.TIMEOUT));

        // then it was written once, sent once, and the check found the server: done
        assertThat(journal.entries()).hasSize(1);
        assertThat(sentToSimulator("POST", instancesPath)).isEqualTo(1);
        JournalEntry entry = journal.entries().get(0);
        assertThat(entry.action()).isEqualTo("instance-create");
        assertThat(entry.account()).isEqualTo("demo account");
        assertThat(entry.target().crn()).isEqualTo(ctx.crn().format());
        assertThat(entry.target().region()).isEqualTo(ctx.endpoint().region());
        assertThat(entry.target().workspaceName()).isEqualTo(ctx.cloudInstanceId());
        assertThat(entry.state()).isEqualTo(JournalState.DONE);
        String made = sim.direct().listInstances(ctx, NONE).stream()
                .filter(i -> i.serverName().equals("journal-web-01")).findFirst().orElseThrow().pvmInstanceID();
        assertThat(entry.resultId()).isEqualTo(made);
        assertThat(ActionJournal.open(state).get(entry.id()).orElseThrow().state()).isEqualTo(JournalState.DONE);
    }

    @Test
    void should_record_an_answered_request_as_accepted_with_the_id_it_names_and_a_refusal_as_failed() {
        ActionJournal journal = ActionJournal.open(state);
        PowerVsClient client = journaledClient(new JournalingObserver(journal, "ops"));

        String id = client.createInstance(ctx, server("journal-ok", null), NONE).get(0).pvmInstanceID();
        assertThatThrownBy(() -> client.performInstanceAction(ctx, "no-such-server", InstanceAction.STOP, NONE))
                .isInstanceOf(PowerVsException.class);

        JournalEntry stop = journal.entries().get(0);
        JournalEntry create = journal.entries().get(1);
        assertThat(create.state()).isEqualTo(JournalState.ACCEPTED);
        assertThat(create.resultId()).isEqualTo(id);
        assertThat(stop.action()).isEqualTo("instance-stop");
        assertThat(stop.target().resourceId()).isEqualTo("no-such-server");
        assertThat(stop.state()).isEqualTo(JournalState.FAILED);
        assertThat(stop.problem()).isNotBlank();
    }

    @Test
    void should_resolve_a_request_left_unsettled_by_a_crash_at_the_next_start() {
        // given a run that wrote two creates and stopped before either answer; only one reached the service
        ActionJournal before = ActionJournal.open(state);
        JournalingObserver first = new JournalingObserver(before, "demo account");
        PvmInstanceCreate reached = server("journal-reached", null);
        PvmInstanceCreate lost = server("journal-lost", null);
        first.beforeSending(createRequest(reached));
        first.beforeSending(createRequest(lost));
        sim.direct().createInstance(ctx, reached, NONE);

        // when the console starts again (later) and connects the account
        ActionJournal after = ActionJournal.open(state, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)),
                ActionJournal.DEFAULT_MAX_BYTES);
        assertThat(after.unsettled()).hasSize(2);
        List<JournalEntry> settled = journaledClientObserver(after, "demo account").reconcileLeftovers();

        // then each is settled by what the service shows, and stays settled
        assertThat(settled).hasSize(2);
        Map<String, JournalState> byName = Map.of(settled.get(0).target().resourceName(), settled.get(0).state(),
                settled.get(1).target().resourceName(), settled.get(1).state());
        assertThat(byName).containsEntry("journal-reached", JournalState.DONE)
                .containsEntry("journal-lost", JournalState.NOT_DONE);
        assertThat(ActionJournal.open(state).unsettled()).isEmpty();
    }

    @Test
    void should_leave_another_accounts_leftovers_to_that_account() {
        ActionJournal before = ActionJournal.open(state);
        new JournalingObserver(before, "other account").beforeSending(createRequest(server("theirs", null)));

        ActionJournal after = ActionJournal.open(state, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)),
                ActionJournal.DEFAULT_MAX_BYTES);

        assertThat(journaledClientObserver(after, "demo account").reconcileLeftovers()).isEmpty();
        assertThat(after.unsettled()).hasSize(1);
    }

    private JournalingObserver journaledClientObserver(ActionJournal journal, String account) {
        JournalingObserver observer = new JournalingObserver(journal, account);
        journaledClient(observer);
        return observer;
    }

    private MutatingRequest createRequest(PvmInstanceCreate body) {
        return new MutatingRequest(ctx.endpoint(), ctx.crn(), new com.pvsconsole.api.ApiOperation("POST",
                "/pcloud/v1/cloud-instances/{cloud_instance_id}/pvm-instances"), List.of(ctx.cloudInstanceId()),
                Map.of(), body);
    }

    @Test
    void should_never_write_a_secret_into_the_journal() throws Exception {
        // given requests carrying a cloud-init password, Cloud Object Storage keys and an SSH key
        String password = "hunter2-cloud-init-password";
        String cosSecret = "cos-secret-key-0123456789abcdef";
        String cosAccess = "cos-access-key-9876543210";
        String publicKeyBody = "AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5Zm9yY29weWFzY29kZQ";
        ActionJournal journal = ActionJournal.open(state);
        PowerVsClient client = journaledClient(new JournalingObserver(journal, "demo account"));

        // when the console sends them
        String server = client.createInstance(ctx, server("journal-secret",
                "#cloud-config\nchpasswd:\n  list: |\n    root:" + password + "\n"), NONE).get(0).pvmInstanceID();
        try {
            client.captureInstance(ctx, server, new PvmInstanceCapture("both", "golden", null, null, cosAccess,
                    "bucket/folder", "us-south", cosSecret, null), NONE);
        } catch (PowerVsException refusedIsFine) {
            // a refusal is journaled too; the file must stay clean either way
        }
        client.createSshKey(ctx, SshKey.builder().name("journal-key")
                .sshKey("ssh-ed25519 " + publicKeyBody + " me@host").build(), NONE);

        // then none of those, nor the API key, nor an access token is in any journal file
        List<String> tokens = List.copyOf(sim.sim().issuedAccessTokens());
        assertThat(tokens).isNotEmpty();
        String[] secrets = Stream.concat(Stream.of(password, cosSecret, cosAccess, publicKeyBody,
                sim.sim().apiKey()), tokens.stream()).toArray(String[]::new);
        assertThat(SecretScanner.filesContaining(state, secrets)).isEmpty();
        assertThat(journal.entries()).extracting(JournalEntry::action)
                .containsExactly("sshkey-create", "instance-capture", "instance-create");
        // while what is no secret is kept, for History's search and Copy as code
        assertThat(journal.entries().get(1).essentials()).containsEntry("captureName", "golden");
        assertThat(journal.entries().get(2).body().path("serverName").asText()).isEqualTo("journal-secret");
    }
}
