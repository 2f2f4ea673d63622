package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.service.resources.VolumeTarget;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journal's entries reach FINISHED when the console sees the work settle, against the simulator over HTTP
 * with the journal installed in the client as the console wires it; volume attaches and clones are timed like
 * the server transitions.
 */
class JournalSettlementSimTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.02);
    private final ActionJournal journal = ActionJournal.inMemory(Clock.systemUTC());
    private final TransitionHistory history = TransitionHistory.inMemory();
    private final Transitions transitions = new Transitions(history, Clock.systemUTC());
    private final JournalSettler settler = new JournalSettler(journal);
    private PowerVsClient client;

    @BeforeEach
    void journaledClient() {
        JournalingObserver observer = new JournalingObserver(journal, "ops");
        client = OkHttpPowerVsClient.create(ws.clientConfig().mutationObserver(observer).build());
        observer.checkWith(client);
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private JournalEntry newest(String action) {
        return journal.entries().stream().filter(e -> e.action().equals(action)).findFirst().orElseThrow();
    }

    @Test
    void should_mark_a_stop_finished_once_the_server_has_settled() {
        // given an ACTIVE server and the console's action service reporting to the journal
        ActionService actions = new ActionService(client, ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(30),
                transitions, settler);
        PvmInstanceReference server = ws.direct().listInstances(ws.context(), NONE).stream()
                .filter(i -> "ACTIVE".equals(i.status())).findFirst().orElseThrow();
        boolean[] settled = {false};

        // when it is stopped: accepted first, the server still stopping
        actions.perform(ws.workspaceScope(), InstanceActionKind.STOP, List.of(new InstanceTarget(server.pvmInstanceID(),
                server.serverName(), server.status())), false, new ActionListener() {
            @Override
            public void instanceSettled(String instanceId, String status, boolean error) {
                settled[0] = true;
            }
        });
        assertThat(newest("instance-stop").state()).isEqualTo(JournalState.ACCEPTED);
        ws.until(() -> settled[0]);

        // then the entry says the work finished, for that server
        JournalEntry stop = newest("instance-stop");
        assertThat(stop.state()).isEqualTo(JournalState.FINISHED);
        assertThat(stop.target().resourceId()).isEqualTo(server.pvmInstanceID());
    }

    @Test
    void should_finish_a_volume_attach_when_the_volume_rests_and_learn_how_long_it_took() {
        // given an available volume and a shut-off server
        VolumeService volumes = new VolumeService(client, ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(30),
                transitions, settler);
        String volumeId = ws.direct().createVolume(ws.context(), CreateDataVolume.builder().name("journal-attach")
                .size(10.0).diskType("tier3").build(), NONE).volumeID();
        ws.until(() -> "available".equals(ws.direct().getVolume(ws.context(), volumeId, NONE).state()));
        PvmInstanceReference server = ws.direct().listInstances(ws.context(), NONE).get(0);
        String zone = ws.context().crn().location();
        boolean[] rested = {false};

        // when the console attaches it and follows the volume, as the Volumes page does
        volumes.attach(ws.workspaceScope(), new VolumeTarget(volumeId, "journal-attach", server.pvmInstanceID(),
                server.serverName())).onSuccess(ok -> volumes.follow(ws.workspaceScope(), volumeId, "journal-attach",
                        v -> rested[0] = VolumeService.isResting(v.state()), () -> { }));
        assertThat(transitions.running(volumeId)).isPresent();
        ws.until(() -> rested[0]);

        // then the attach is FINISHED in the journal and one ATTACH run is in the zone's history
        assertThat(newest("volume-attach").state()).isEqualTo(JournalState.FINISHED);
        assertThat(history.estimate(zone, TransitionHistory.Kind.ATTACH).orElseThrow().samples()).isEqualTo(1);
        assertThat(transitions.running()).isEmpty();
    }

    @Test
    void should_finish_a_clone_when_its_task_completes_and_time_it_as_a_clone() {
        // given an available volume
        VolumeChanges changes = new VolumeChanges(client, ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(30),
                transitions, settler);
        String volumeId = ws.direct().createVolume(ws.context(), CreateDataVolume.builder().name("journal-clone")
                .size(10.0).diskType("tier3").build(), NONE).volumeID();
        ws.until(() -> "available".equals(ws.direct().getVolume(ws.context(), volumeId, NONE).state()));
        String[] last = {null};

        // when it is cloned and its task followed to the end
        changes.clone(ws.workspaceScope(), VolumesCloneAsyncRequest.builder().name("copy").volumeIDs(List.of(volumeId))
                .build(), status -> { }).onSuccess(status -> last[0] = status.status());
        ws.until(() -> last[0] != null);

        // then: the clone request's entry is FINISHED and the zone has one CLONE run
        assertThat(last[0]).isEqualTo("completed");
        JournalEntry clone = journal.entries().stream().filter(e -> e.essentials().getOrDefault("path", "")
                .endsWith("/volumes/clone")).findFirst().orElseThrow();
        assertThat(clone.state()).isEqualTo(JournalState.FINISHED);
        assertThat(history.estimate(ws.context().crn().location(), TransitionHistory.Kind.CLONE).orElseThrow()
                .samples()).isEqualTo(1);
    }

    @Test
    void should_finish_a_snapshot_once_it_is_available() {
        // given the snapshot service reporting to the journal, in the opened workspace
        ws.open();
        com.pvsconsole.service.snapshots.SnapshotService snapshots = new com.pvsconsole.service.snapshots
                .SnapshotService(client, ws.executor(), ws.inventory(), Duration.ofMillis(20), Duration.ofSeconds(30),
                settler);
        PvmInstanceReference server = ws.direct().listInstances(ws.context(), NONE).stream()
                .filter(i -> "ACTIVE".equals(i.status())).findFirst().orElseThrow();
        boolean[] done = {false};

        // when a snapshot is taken and followed until available
        snapshots.create(ws.scope().get(), server.pvmInstanceID(), server.serverName(),
                com.pvsconsole.api.model.SnapshotCreate.builder().name("journal-snap").build())
                .onSuccess(s -> done[0] = true);
        ws.until(() -> done[0]);

        // then its journal entry is FINISHED
        assertThat(newest("snapshot-create").state()).isEqualTo(JournalState.FINISHED);
    }

    @Test
    void should_settle_a_snapshot_restore_once_the_restore_has_ended() {
        // given an available snapshot of a running server, and the snapshot service reporting to the journal
        ws.open();
        com.pvsconsole.service.snapshots.SnapshotService snapshots = new com.pvsconsole.service.snapshots
                .SnapshotService(client, ws.executor(), ws.inventory(), Duration.ofMillis(20), Duration.ofSeconds(30),
                settler);
        PvmInstanceReference server = ws.direct().listInstances(ws.context(), NONE).stream()
                .filter(i -> "ACTIVE".equals(i.status())).findFirst().orElseThrow();
        String snapshotId = ws.direct().createSnapshot(ws.context(), server.pvmInstanceID(),
                com.pvsconsole.api.model.SnapshotCreate.builder().name("journal-restore").build(), NONE).snapshotID();
        ws.until(() -> "available".equalsIgnoreCase(ws.direct().getSnapshot(ws.context(), snapshotId, NONE).status()));
        com.pvsconsole.api.model.Snapshot snapshot = ws.direct().getSnapshot(ws.context(), snapshotId, NONE);
        boolean[] ended = {false};

        // when it is restored (forced: the server runs) and the console follows it to its end
        snapshots.restore(ws.scope().get(), snapshot, true).onSuccess(s -> ended[0] = true)
                .onFailure(p -> ended[0] = true);
        ws.until(() -> ended[0]);

        // then the restore's journal entry has settled, and it names the snapshot it restored
        JournalEntry restore = newest("snapshot-restore");
        assertThat(restore.state()).isIn(JournalState.FINISHED, JournalState.FAILED);
        assertThat(restore.target().resourceId()).isEqualTo(snapshotId);
    }

    @Test
    void should_finish_a_stock_image_import_once_the_copy_is_active() {
        // given the image service reporting to the journal, in the opened workspace
        ws.open();
        com.pvsconsole.service.images.ImageService images = new com.pvsconsole.service.images.ImageService(client,
                new com.pvsconsole.service.workspace.WorkspaceTasks(ws.executor()), Duration.ofMillis(20),
                Duration.ofSeconds(30), transitions, settler);
        String stock = ws.direct().listStockImages(ws.context(), NONE).get(0).imageID();
        String[] copied = {null};

        // when a stock image is copied in and followed until active
        images.importFromStock(ws.scope().get(), stock, "journal-copy", (f, s) -> { })
                .onSuccess(image -> copied[0] = image.imageID());
        ws.until(() -> copied[0] != null);

        // then the import's entry is FINISHED, for that copy
        JournalEntry imported = newest("image-import");
        assertThat(imported.state()).isEqualTo(JournalState.FINISHED);
        assertThat(imported.resultId()).isEqualTo(copied[0]);
    }
}
