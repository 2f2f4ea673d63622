package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.testsupport.SecretScanner;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal against the simulator over HTTP: lost answers, restarts, damaged lines and secrets. */
class ActionJournalSimTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private SimulatedWorkspace sim;
    private WorkspaceContext ctx;
    private CodeTarget target;
    private String instancesPath;

    @TempDir
    Path state;

    @BeforeEach
    void start() {
        sim = SimulatedWorkspace.start(1000);
        ctx = sim.context();
        target = CodeTarget.of(ctx, sim.workspace().name());
        instancesPath = "/pcloud/v1/cloud-instances/" + ctx.cloudInstanceId() + "/pvm-instances";
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private CodeAction.CreateInstance createServer(String name, String userData) {
        String image = sim.direct().listImages(ctx, NONE).get(0).imageID();
        String network = sim.direct().listNetworks(ctx, NONE).get(0).networkID();
        return new CodeAction.CreateInstance(PvmInstanceCreate.builder().serverName(name).imageID(image)
                .processors(0.25).procType("shared").memory(2.0).sysType("s922")
                .networks(List.of(new PvmInstanceAddNetwork(null, network, null))).userData(userData).build());
    }

    private void injectFault(String json) throws Exception {
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(sim.sim().baseUrl() + "/_sim/faults")
                .post(RequestBody.create(json, MediaType.get("application/json"))).build()).execute()) {
            assertThat(r.code()).as(r.body().string()).isEqualTo(201);
        }
    }

    private JournaledActions journaled(ActionJournal journal) {
        return new JournaledActions(journal, new Reconciler(sim.client(), journal));
    }

    @Test
    void should_record_a_create_whose_answer_was_reset_once_send_it_once_and_reconcile_it_to_done() throws Exception {
        // given the simulator drops the answer of the next create after doing the work
        injectFault("{\"route\":\"POST " + instancesPath + "\",\"type\":\"reset\",\"phase\":\"after\",\"times\":1}");
        ActionJournal journal = ActionJournal.open(state);
        CodeAction.CreateInstance create = createServer("journal-web-01", null);

        // when the console creates the server
        JournaledActions.Outcome<List<PvmInstance>> outcome = journaled(journal).run("demo account", target, create,
                token -> sim.client().createInstance(ctx, create.request(), token),
                list -> list.isEmpty() ? null : list.get(0).pvmInstanceID(), NONE);

        // then: one journal entry, one request at the simulator, and the check found the server
        assertThat(journal.entries()).hasSize(1);
        assertThat(sim.sim().requestsReceived("POST", instancesPath)).isEqualTo(1);
        assertThat(outcome.entry().state()).isEqualTo(JournalState.DONE);
        assertThat(outcome.madeIt()).isTrue();
        String made = sim.direct().listInstances(ctx, NONE).stream()
                .filter(i -> i.serverName().equals("journal-web-01")).findFirst().orElseThrow().pvmInstanceID();
        assertThat(outcome.entry().resultId()).isEqualTo(made);
        // and the journal file says the same after a restart
        assertThat(ActionJournal.open(state).get(outcome.entry().id()).orElseThrow().state())
                .isEqualTo(JournalState.DONE);
    }

    @Test
    void should_record_not_done_when_the_request_never_reached_the_service() throws Exception {
        injectFault("{\"route\":\"POST " + instancesPath + "\",\"type\":\"reset\",\"times\":1}");
        ActionJournal journal = ActionJournal.open(state);
        CodeAction.CreateInstance create = createServer("journal-never", null);

        JournaledActions.Outcome<List<PvmInstance>> outcome = journaled(journal).run("demo account", target, create,
                token -> sim.client().createInstance(ctx, create.request(), token), list -> null, NONE);

        assertThat(outcome.entry().state()).isEqualTo(JournalState.NOT_DONE);
        assertThat(sim.sim().requestsReceived("POST", instancesPath)).isEqualTo(1);
    }

    @Test
    void should_resolve_entries_left_unsettled_by_a_crash_at_the_next_start() {
        // given a journal that wrote two creates and then stopped; only one reached the service
        ActionJournal before = ActionJournal.open(state);
        CodeAction.CreateInstance reached = createServer("journal-reached", null);
        CodeAction.CreateInstance lost = createServer("journal-lost", null);
        JournalEntry reachedEntry = before.begin("demo account", target, reached);
        JournalEntry lostEntry = before.begin("demo account", target, lost);
        sim.direct().createInstance(ctx, reached.request(), NONE);

        // when the console starts again
        ActionJournal after = ActionJournal.open(state);
        assertThat(after.unsettled()).hasSize(2);
        new Reconciler(sim.client(), after).reconcileAll(NONE);

        // then each is settled by what the service shows
        assertThat(after.get(reachedEntry.id()).orElseThrow().state()).isEqualTo(JournalState.DONE);
        assertThat(after.get(lostEntry.id()).orElseThrow().state()).isEqualTo(JournalState.NOT_DONE);
        assertThat(ActionJournal.open(state).unsettled()).isEmpty();
    }

    @Test
    void should_record_a_refusal_with_its_problem_and_rethrow_it() {
        ActionJournal journal = ActionJournal.open(state);
        CodeAction stopMissing = new CodeAction.InstancePower(new CodeAction.Ref("no-such-server", "ghost"),
                com.pvsconsole.api.InstanceAction.STOP);

        assertThatThrownBy(() -> journaled(journal).run("demo account", target, stopMissing, token -> {
            sim.client().performInstanceAction(ctx, "no-such-server", com.pvsconsole.api.InstanceAction.STOP, token);
            return null;
        }, x -> null, NONE)).isInstanceOf(PowerVsException.class);

        JournalEntry entry = journal.entries().get(0);
        assertThat(entry.state()).isEqualTo(JournalState.FAILED);
        assertThat(entry.problem()).isNotBlank();
    }

    @Test
    void should_skip_damaged_and_cut_lines_and_keep_the_others() throws Exception {
        ActionJournal journal = ActionJournal.open(state);
        JournalEntry first = journal.begin("demo account", target, createServer("one", null));
        journal.accepted(first.id(), "id-1");
        Path file = state.resolve(ActionJournal.FILE_NAME);
        Files.writeString(file, "this is not json\n{\"id\":\"cut-in-the-mid", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        ActionJournal reopened = ActionJournal.open(state);

        assertThat(reopened.skippedLines()).isEqualTo(2);
        assertThat(reopened.entries()).extracting(JournalEntry::id).containsExactly(first.id());
        assertThat(reopened.get(first.id()).orElseThrow().state()).isEqualTo(JournalState.ACCEPTED);
        // and it keeps working after the damage
        JournalEntry second = reopened.begin("demo account", target, createServer("two", null));
        assertThat(ActionJournal.open(state).get(second.id())).isPresent();
    }

    @Test
    void should_never_write_a_secret_into_the_journal() throws Exception {
        // given actions carrying a cloud-init password, Cloud Object Storage keys and an SSH key
        String password = "hunter2-cloud-init-password";
        String cosSecret = "cos-secret-key-0123456789abcdef";
        String cosAccess = "cos-access-key-9876543210";
        String publicKeyBody = "AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5Zm9yY29weWFzY29kZQ";
        ActionJournal journal = ActionJournal.open(state);
        JournaledActions actions = journaled(journal);
        CodeAction.CreateInstance create = createServer("journal-secret",
                "#cloud-config\nchpasswd:\n  list: |\n    root:" + password + "\n");
        actions.run("demo account", target, create, token -> sim.client().createInstance(ctx, create.request(), token),
                list -> list.get(0).pvmInstanceID(), NONE);
        String server = sim.direct().listInstances(ctx, NONE).get(0).pvmInstanceID();
        PvmInstanceCapture toCos = new PvmInstanceCapture("both", "golden", null, null, cosAccess, "bucket/folder",
                "us-south", cosSecret, null);
        CodeAction capture = new CodeAction.CaptureInstance(new CodeAction.Ref(server, null), toCos);
        try {
            actions.run("demo account", target, capture,
                    token -> sim.client().captureInstance(ctx, server, toCos, token), j -> null, NONE);
        } catch (PowerVsException refusedIsFine) {
            // The simulator may refuse a capture to storage it cannot reach; the journal must stay clean anyway.
        }
        CodeAction key = new CodeAction.CreateSshKey(SshKey.builder().name("journal-key")
                .sshKey("ssh-ed25519 " + publicKeyBody + " me@host").build());
        actions.run("demo account", target, key, token -> sim.client().createSshKey(ctx,
                ((CodeAction.CreateSshKey) key).key(), token), k -> k.name(), NONE);

        // then neither those nor the API key nor a token is in any journal file
        List<String> tokens = List.copyOf(sim.sim().issuedAccessTokens());
        assertThat(tokens).isNotEmpty();
        String[] secrets = java.util.stream.Stream.concat(
                java.util.stream.Stream.of(password, cosSecret, cosAccess, publicKeyBody, sim.sim().apiKey()),
                tokens.stream()).toArray(String[]::new);
        assertThat(SecretScanner.filesContaining(state, secrets)).isEmpty();
        assertThat(journal.entries()).hasSize(3);
        assertThat(journal.search("journal-secret")).hasSize(1);
    }
}
