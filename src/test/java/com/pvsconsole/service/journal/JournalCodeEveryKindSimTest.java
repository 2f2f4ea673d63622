package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.model.SharedProcessorPoolUpdate;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.api.model.SoftwareLicenses;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeAction.Ref;
import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Copy as code on the History page for every kind the journal writes: each action is sent once through
 * the journaling client against the simulator, and the code History offers for its entry must be the
 * curl the action's own dialog offered ({@link CodeAction} built as the dialog builds it). Kinds that
 * deliberately have no code are listed with the reason, and the test fails on a kind it has not met.
 */
class JournalCodeEveryKindSimTest {

    private static final CancellationToken NONE = CancellationToken.none();
    /** Kinds with no code form, and why. */
    private static final Map<String, String> WITHOUT_CODE = Map.of(
            "network-interface-update (attach)", "the attach half of adding a network: its create entry offers"
                    + " create+attach; alone it lacks the interface's name and address",
            "instance-console (POST)", "opens a console URL: nothing to reproduce",
            "request-sap", "SAP create: no CodeAction (not offered by any dialog)",
            "volume-delete (bulk)", "deleting several volumes at once: no CodeAction");

    private final CodeGenerator generator = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault());
    private final JournalCode journalCode = new JournalCode(generator);
    private final List<String> problems = new ArrayList<>();
    private final TreeSet<String> covered = new TreeSet<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    @Test
    void should_offer_for_every_journaled_kind_the_curl_its_dialog_offered() {
        try (SimulatedWorkspace sim = SimulatedWorkspace.start(1000)) {
            ActionJournal journal = ActionJournal.inMemory(Clock.systemUTC());
            JournalingObserver observer = new JournalingObserver(journal, "probe account");
            PowerVsClient client = OkHttpPowerVsClient.create(sim.clientConfig().mutationObserver(observer).build());
            observer.checkWith(client);
            WorkspaceContext ctx = sim.context();
            CodeTarget target = CodeTarget.of(ctx, ctx.cloudInstanceId());
            String instance = sim.direct().listInstances(ctx, NONE).get(0).pvmInstanceID();
            String volume = sim.direct().listVolumes(ctx, NONE).get(0).volumeID();
            String network = sim.direct().listNetworks(ctx, NONE).get(0).networkID();
            Ref server = new Ref(instance, null);
            Ref vol = new Ref(volume, null);
            Ref net = new Ref(network, null);

            // when every kind is sent once, then its entry's code is the dialog's code
            SnapshotCreate snap = new SnapshotCreate("before patching", "snap-1", List.of("t:1"), List.of(volume));
            String snapshot = quietly(() -> client.createSnapshot(ctx, instance, snap, NONE).snapshotID());
            expect(journal, "snapshot-create", target, new CodeAction.CreateSnapshot(server, snap));
            SnapshotRestore restore = new SnapshotRestore(true);
            quietly(() -> client.restoreSnapshot(ctx, instance, snapshot, restore, NONE));
            expect(journal, "snapshot-restore", target,
                    new CodeAction.RestoreSnapshot(server, new Ref(snapshot, null), restore));
            quietly(() -> {
                client.deleteSnapshot(ctx, snapshot, NONE);
                return null;
            });
            expect(journal, "snapshot-delete", target, new CodeAction.DeleteSnapshot(new Ref(snapshot, null)));

            for (UpdateVolume update : List.of(new UpdateVolume(null, null, null, 500.0),
                    new UpdateVolume(null, "renamed 'vol' $(x)", null, null), new UpdateVolume(true, null, null, null))) {
                quietly(() -> client.updateVolume(ctx, volume, 20.0, update, NONE));
                expect(journal, "volume-update", target, new CodeAction.UpdateVolume(vol, update));
            }
            VolumeAction tier = new VolumeAction(null, "tier3");
            quietly(() -> {
                client.performVolumeAction(ctx, volume, tier, NONE);
                return null;
            });
            expect(journal, "volume-action", target, new CodeAction.ChangeVolumeTier(vol, tier));
            VolumesCloneAsyncRequest clone = new VolumesCloneAsyncRequest("copy", null, "tier1", null, List.of(volume));
            quietly(() -> client.cloneVolumes(ctx, clone, NONE));
            expect(journal, "volume-clone", target, new CodeAction.CloneVolumes(clone));

            PvmInstanceUpdate licences = PvmInstanceUpdate.builder()
                    .softwareLicenses(new SoftwareLicenses(true, null, false, null, null, true, 10L)).build();
            String ibmi = sim.direct().listInstances(ctx, NONE).stream().filter(i -> "ibmi".equals(i.osType()))
                    .map(i -> i.pvmInstanceID()).findFirst().orElse(instance);
            quietly(() -> client.updateInstance(ctx, ibmi, licences, NONE));
            expect(journal, "instance-update", target, new CodeAction.ResizeInstance(new Ref(ibmi, null), licences));
            quietly(() -> client.updateConsoleLanguage(ctx, instance, "037", NONE));
            expect(journal, "instance-console", target, new CodeAction.SetConsoleLanguage(server, "037"));

            NetworkInterfaceCreate nic = new NetworkInterfaceCreate(null, "nic-1", null);
            String iface = quietly(() -> client.createNetworkInterface(ctx, network, nic, NONE).id());
            JournalEntry created = last(journal, "network-interface-create");
            // the add is two requests (create, then attach): History's code covers the recorded create
            String addCurl = codeOf(created);
            String dialogAdd = generator.generate(target, new CodeAction.AddNetworkInterface(server, net, nic)).curlPosix();
            if (addCurl == null || !addCurl.equals(dialogAdd.replace(instance, JournalCode.UNKNOWN_SERVER.id()))) {
                problems.add("network-interface-create: " + addCurl);
            }
            covered.add("network-interface-create");
            quietly(() -> client.updateNetworkInterface(ctx, network, iface, NetworkInterfaceUpdate.attachTo(instance),
                    NONE));
            JournalEntry attach = last(journal, "network-interface-update");
            if (attach == null || journalCode.of(attach).isPresent()) {
                problems.add("network-interface-update (attach) is listed without code but has some: " + attach);
            }
            quietly(() -> client.updateNetworkInterface(ctx, network, iface, NetworkInterfaceUpdate.detach(), NONE));
            Ref nicRef = new Ref(iface, null);
            expect(journal, "network-interface-update", target, new CodeAction.RemoveNetworkInterface(server, net, nicRef));
            quietly(() -> {
                client.deleteNetworkInterface(ctx, network, iface, NONE);
                return null;
            });
            expect(journal, "network-interface-delete", target,
                    new CodeAction.RemoveNetworkInterface(server, net, nicRef));

            PlacementGroupCreate group = new PlacementGroupCreate("pg-1", "affinity", null);
            String groupId = quietly(() -> client.createPlacementGroup(ctx, group, NONE).id());
            expect(journal, "placement-group-create", target, new CodeAction.CreatePlacementGroup(group));
            quietly(() -> client.addPlacementGroupMember(ctx, groupId, instance, NONE));
            expect(journal, "member-create", target, new CodeAction.PlacementGroupMember(new Ref(groupId, null), server,
                    true));
            quietly(() -> client.removePlacementGroupMember(ctx, groupId, instance, NONE));
            expect(journal, "member-delete", target, new CodeAction.PlacementGroupMember(new Ref(groupId, null), server,
                    false));
            quietly(() -> {
                client.deletePlacementGroup(ctx, groupId, NONE);
                return null;
            });
            expect(journal, "placement-group-delete", target, new CodeAction.DeletePlacementGroup(new Ref(groupId, null)));

            SharedProcessorPoolCreate pool = new SharedProcessorPoolCreate("s922", null, "pool_1", null, 1L, null);
            String poolId = quietly(() -> client.createSharedProcessorPool(ctx, pool, NONE).id());
            expect(journal, "shared-processor-pool-create", target, new CodeAction.CreatePool(pool));
            SppPlacementGroupCreate spp = new SppPlacementGroupCreate("spg_1", "anti-affinity", null);
            String sppId = quietly(() -> client.createSppPlacementGroup(ctx, spp, NONE).id());
            expect(journal, "spp-placement-group-create", target, new CodeAction.CreateSppPlacementGroup(spp));
            quietly(() -> client.addSppPlacementGroupMember(ctx, sppId, poolId, NONE));
            expect(journal, "member-create", target,
                    new CodeAction.SppPlacementGroupMember(new Ref(sppId, null), new Ref(poolId, null), true));
            quietly(() -> client.removeSppPlacementGroupMember(ctx, sppId, poolId, NONE));
            expect(journal, "member-delete", target,
                    new CodeAction.SppPlacementGroupMember(new Ref(sppId, null), new Ref(poolId, null), false));
            quietly(() -> {
                client.deleteSppPlacementGroup(ctx, sppId, NONE);
                return null;
            });
            expect(journal, "spp-placement-group-delete", target,
                    new CodeAction.DeleteSppPlacementGroup(new Ref(sppId, null)));
            SharedProcessorPoolUpdate resize = SharedProcessorPoolUpdate.reservedCores(2);
            quietly(() -> client.updateSharedProcessorPool(ctx, poolId, resize, NONE));
            expect(journal, "shared-processor-pool-update", target,
                    new CodeAction.ResizePool(new Ref(poolId, null), resize));
            quietly(() -> {
                client.deleteSharedProcessorPool(ctx, poolId, NONE);
                return null;
            });
            expect(journal, "shared-processor-pool-delete", target, new CodeAction.DeletePool(new Ref(poolId, null)));

            // then every kind the journal wrote was checked here, or is listed as having no code
            TreeSet<String> written = new TreeSet<>(journal.entries().stream().map(JournalEntry::action).toList());
            written.removeAll(covered);
            assertThat(written).as("kinds written but not checked").isEmpty();
            assertThat(problems).as("entries whose History code differs from the dialog's").isEmpty();
            assertThat(WITHOUT_CODE).isNotEmpty();
        }
    }

    private void expect(ActionJournal journal, String kind, CodeTarget target, CodeAction dialog) {
        covered.add(kind);
        JournalEntry entry = last(journal, kind);
        String offered = codeOf(entry);
        String expected = generator.generate(target, dialog).curlPosix();
        if (!expected.equals(offered)) {
            problems.add(kind + " (" + dialog.kind() + "): expected\n" + expected + "\nbut History offered\n" + offered);
        }
    }

    private String codeOf(JournalEntry entry) {
        return entry == null ? null : journalCode.of(entry).map(code -> code.curlPosix()).orElse(null);
    }

    /** The one entry of {@code kind} written since the last look (entries of one instant have no order). */
    private JournalEntry last(ActionJournal journal, String kind) {
        List<JournalEntry> fresh = journal.entries().stream().filter(e -> seen.add(e.id())).toList();
        List<JournalEntry> ofKind = fresh.stream().filter(e -> e.action().equals(kind)).toList();
        if (fresh.size() != 1 || ofKind.size() != 1) {
            problems.add(kind + ": expected one new entry of this kind, got " + fresh.stream()
                    .map(JournalEntry::action).toList());
            return null;
        }
        return ofKind.get(0);
    }

    /** Sends; a refusal by the simulator still leaves the journal entry that matters here. */
    private static <T> T quietly(Supplier<T> send) {
        try {
            return send.get();
        } catch (RuntimeException refused) {
            return null;
        }
    }
}
