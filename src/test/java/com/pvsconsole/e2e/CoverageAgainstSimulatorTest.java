package com.pvsconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloneTaskStatus;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.sim.ManualClock;
import com.pvsconsole.sim.PowerVsSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calls added for issue 13 against the simulator over real HTTP, with the rules the service enforces. */
class CoverageAgainstSimulatorTest {

    private final CancellationToken none = CancellationToken.none();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T12:00:00Z"));
    private PowerVsSimulator sim;
    private PowerVsClient client;
    private WorkspaceContext ctx;

    @BeforeEach
    void start() {
        sim = PowerVsSimulator.builder().port(0).clock(clock).timeScale(1.0).start();
        client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "e2e-test")
                .iamBaseUrl(sim.iamUrl()).urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .clock(clock).build());
        RegionEndpoint dallas = RegionEndpoint.publicEndpoint("us-south");
        Workspace workspace = client.listWorkspaces(dallas, none).get(0);
        ctx = WorkspaceContext.forWorkspace(dallas, workspace);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private PvmInstanceReference instanceIn(String status) {
        return client.listInstances(ctx, none).stream().filter(i -> i.status().equals(status)).findFirst()
                .orElseThrow();
    }

    private void later() {
        clock.advance(Duration.ofMinutes(10));
    }

    @Test
    void should_take_a_snapshot_and_restore_it_only_to_a_stopped_instance() {
        String vm = instanceIn("ACTIVE").pvmInstanceID();

        String snapshotId = client.createSnapshot(ctx, vm, SnapshotCreate.builder().name("before-patch").build(), none)
                .snapshotID();
        PowerVsException taken = catchThrowableOfType(PowerVsException.class, () -> client.createSnapshot(ctx, vm,
                SnapshotCreate.builder().name("before-patch").build(), none));
        later();

        assertThat(taken.hintKey()).isEqualTo("status.409.create");
        assertThat(client.listInstanceSnapshots(ctx, vm, none)).extracting(s -> s.snapshotID()).containsExactly(snapshotId);
        assertThat(client.getSnapshot(ctx, snapshotId, none).status()).isEqualTo("available");
        PowerVsException running = catchThrowableOfType(PowerVsException.class, () -> client.restoreSnapshot(ctx, vm,
                snapshotId, SnapshotRestore.builder().build(), none));
        assertThat(running.category()).isEqualTo(ErrorCategory.CONFLICT);

        client.performInstanceAction(ctx, vm, InstanceAction.STOP, none);
        later();
        assertThat(client.restoreSnapshot(ctx, vm, snapshotId, SnapshotRestore.builder().build(), none).status())
                .isEqualTo("restoring");
        later();
        assertThat(client.getSnapshot(ctx, snapshotId, none).status()).isEqualTo("available");
        client.deleteSnapshot(ctx, snapshotId, none);
        assertThat(client.listSnapshots(ctx, none)).extracting(s -> s.snapshotID()).doesNotContain(snapshotId);
    }

    @Test
    void should_grow_an_attached_volume_but_never_shrink_it_and_not_while_it_is_in_a_snapshot() {
        String vm = instanceIn("ACTIVE").pvmInstanceID();
        Volume data = client.createVolume(ctx, CreateDataVolume.builder().name("grow-me").size(20.0).build(), none);
        later();
        client.attachVolume(ctx, vm, data.volumeID(), none);

        Volume grown = client.updateVolume(ctx, data.volumeID(), 20.0, UpdateVolume.builder().size(50.0).build(), none);
        PowerVsException shrink = catchThrowableOfType(PowerVsException.class, () -> client.updateVolume(ctx,
                data.volumeID(), null, UpdateVolume.builder().size(30.0).build(), none));

        assertThat(grown.size()).isEqualTo(50.0);
        assertThat(grown.state()).isEqualTo("in-use");
        assertThat(shrink.status()).as("the simulator refuses too").hasValue(422);
        client.createSnapshot(ctx, vm, SnapshotCreate.builder().name("hold").volumeIDs(List.of(data.volumeID())).build(),
                none);
        PowerVsException held = catchThrowableOfType(PowerVsException.class, () -> client.updateVolume(ctx,
                data.volumeID(), 50.0, UpdateVolume.builder().size(60.0).build(), none));
        assertThat(held.hintKey()).isEqualTo("status.409.volume");
    }

    @Test
    void should_change_tier_clone_to_the_end_and_delete_volumes_in_bulk() {
        Volume data = client.createVolume(ctx, CreateDataVolume.builder().name("source").size(20.0)
                .diskType("tier3").build(), none);
        later();
        client.performVolumeAction(ctx, data.volumeID(), VolumeAction.builder().targetStorageTier("tier1").build(), none);
        assertThat(client.getVolume(ctx, data.volumeID(), none).diskType()).isEqualTo("tier1");

        String task = client.cloneVolumes(ctx, VolumesCloneAsyncRequest.builder().name("copy")
                .volumeIDs(List.of(data.volumeID())).build(), none).cloneTaskID();
        CloneTaskStatus status = client.getCloneTask(ctx, task, none);
        while (status.status().equals("running")) {
            clock.advance(Duration.ofMinutes(1));
            status = client.getCloneTask(ctx, task, none);
        }

        assertThat(status.status()).isEqualTo("completed");
        assertThat(status.percentComplete()).isEqualTo(100L);
        String copy = status.clonedVolumes().get(0).clonedVolumeID();
        assertThat(client.getVolume(ctx, copy, none).name()).startsWith("clone-copy-");
        assertThat(client.deleteVolumes(ctx, List.of(data.volumeID(), copy), none).summary()).startsWith("2 volume");
        later();
        assertThat(client.listVolumes(ctx, none)).extracting(v -> v.volumeID()).doesNotContain(data.volumeID(), copy);
    }

    @Test
    void should_add_a_network_to_a_running_server_and_remove_it_again() {
        PvmInstanceReference running = instanceIn("ACTIVE");
        String net = client.createNetwork(ctx, NetworkCreate.builder().name("added-net").type("vlan")
                .cidr("10.88.0.0/24").build(), none).networkID();

        NetworkInterface nic = client.createNetworkInterface(ctx, net, NetworkInterfaceCreate.builder()
                .name("second-nic").build(), none);
        NetworkInterface attached = client.updateNetworkInterface(ctx, net, nic.id(),
                NetworkInterfaceUpdate.attachTo(running.pvmInstanceID()), none);
        PvmInstance withNetwork = client.getInstance(ctx, running.pvmInstanceID(), none);
        PowerVsException twice = catchThrowableOfType(PowerVsException.class, () -> client.updateNetworkInterface(ctx,
                net, client.createNetworkInterface(ctx, net, NetworkInterfaceCreate.builder().build(), none).id(),
                NetworkInterfaceUpdate.attachTo(running.pvmInstanceID()), none));

        assertThat(attached.instance().instanceID()).isEqualTo(running.pvmInstanceID());
        assertThat(client.getNetworkInterface(ctx, net, nic.id(), none).status()).isEqualTo("ACTIVE");
        assertThat(withNetwork.networkIDs()).contains(net);
        assertThat(withNetwork.status()).isEqualTo("ACTIVE");
        assertThat(twice.status()).as("already on that network").hasValue(422);
        assertThat(client.listNetworkInterfaces(ctx, net, none)).extracting(NetworkInterface::ipAddress)
                .contains(nic.ipAddress());

        client.updateNetworkInterface(ctx, net, nic.id(), NetworkInterfaceUpdate.detach(), none);
        client.deleteNetworkInterface(ctx, net, nic.id(), none);
        assertThat(client.getInstance(ctx, running.pvmInstanceID(), none).networkIDs()).doesNotContain(net);
    }

    @Test
    void should_offer_live_catalogs_of_the_workspace() {
        assertThat(client.listSystemPools(ctx, none)).containsKeys("s922", "e1080")
                .allSatisfy((type, pool) -> assertThat(pool.maxCoresAvailable().cores()).isPositive());
        assertThat(client.listStorageTiers(ctx, none)).extracting(t -> t.name()).contains("tier0", "tier1", "tier3");
        assertThat(client.getStoragePoolsCapacity(ctx, none).maximumStorageAllocation().maxAllocationSize()).isPositive();
        assertThat(client.listSapProfiles(ctx, none)).isNotEmpty();
        assertThat(client.listNetworkSecurityGroups(ctx, none)).isEmpty();
        assertThat(client.listDhcpServers(ctx, none)).isEmpty();
        assertThat(client.listDatacenters(new RegionEndpoint("us-south", EndpointType.PRIVATE), none)).isNotEmpty()
                .allSatisfy(dc -> assertThat(dc.location().type()).isEqualTo("private"));
    }

    @Test
    void should_create_a_shared_processor_pool_deploy_into_it_and_keep_it_until_empty() {
        SharedProcessorPool pool = client.createSharedProcessorPool(ctx, SharedProcessorPoolCreate.builder()
                .name("db_pool").hostGroup("s922").reservedCores(2L).build(), none);
        String group = client.createSppPlacementGroup(ctx, SppPlacementGroupCreate.builder().name("apart")
                .policy("anti-affinity").build(), none).id();
        client.addSppPlacementGroupMember(ctx, group, pool.id(), none);
        String placement = client.createPlacementGroup(ctx, PlacementGroupCreate.builder().name("together")
                .policy("affinity").build(), none).id();
        String image = client.listImages(ctx, none).get(0).imageID();
        String net = client.listNetworks(ctx, none).get(0).networkID();

        PvmInstance vm = client.createInstance(ctx, PvmInstanceCreate.builder().serverName("in-pool").imageID(image)
                .procType("shared").processors(1.0).memory(4.0).networkIDs(List.of(net)).sysType("s922")
                .sharedProcessorPool(pool.id()).placementGroup(placement).build(), none).get(0);

        assertThat(client.getSharedProcessorPool(ctx, pool.id(), none).servers()).extracting(s -> s.id())
                .containsExactly(vm.pvmInstanceID());
        assertThat(client.getPlacementGroup(ctx, placement, none).members()).containsExactly(vm.pvmInstanceID());
        assertThat(client.getSppPlacementGroup(ctx, group, none).policy()).isEqualTo("anti-affinity");
        assertThat(client.listSppPlacementGroups(ctx, none).get(0).memberSharedProcessorPools()).contains(pool.id());
        PowerVsException busy = catchThrowableOfType(PowerVsException.class,
                () -> client.deleteSharedProcessorPool(ctx, pool.id(), none));
        assertThat(busy.hintKey()).isEqualTo("status.409.busy");
        assertThat(client.removePlacementGroupMember(ctx, placement, vm.pvmInstanceID(), none).members()).isEmpty();
    }

    @Test
    void should_set_the_console_language_from_the_offered_ones() {
        String vm = instanceIn("ACTIVE").pvmInstanceID();
        String code = client.listConsoleLanguages(ctx, vm, none).get(1).code();

        assertThat(client.updateConsoleLanguage(ctx, vm, code, none).code()).isEqualTo(code);
        assertThat(client.getInstance(ctx, vm, none).consoleLanguage().code()).isEqualTo(code);
    }

    @Test
    void should_refuse_user_data_over_63k_once_base64_encoded() {
        String image = client.listImages(ctx, none).get(0).imageID();
        String net = client.listNetworks(ctx, none).get(0).networkID();
        String encoded = java.util.Base64.getEncoder().encodeToString(new byte[50 * 1024]);

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.createInstance(ctx,
                PvmInstanceCreate.builder().serverName("big-cloud-init").imageID(image).procType("shared")
                        .processors(0.5).memory(4.0).networkIDs(List.of(net)).userData(encoded).build(), none));

        assertThat(e.status()).hasValue(422);
        assertThat(e.serverMessage()).hasValueSatisfying(m -> assertThat(m).contains("63K"));
    }

    @Test
    void should_order_ibm_i_licences_at_create_and_change_them_later_but_not_on_aix() {
        String ibmi = client.listImages(ctx, none).stream().filter(i -> i.name().startsWith("IBMi")).findFirst()
                .orElseThrow().imageID();
        String aix = client.listImages(ctx, none).stream().filter(i -> i.name().startsWith("7300")).findFirst()
                .orElseThrow().imageID();
        String net = client.listNetworks(ctx, none).get(0).networkID();
        com.pvsconsole.api.model.SoftwareLicenses css = new com.pvsconsole.api.model.SoftwareLicenses(true, null, null,
                null, null, null, null);

        PvmInstance created = client.createInstance(ctx, PvmInstanceCreate.builder().serverName("ibmi-lic")
                .imageID(ibmi).procType("shared").processors(0.5).memory(8.0).networkIDs(List.of(net))
                .softwareLicenses(css).build(), none).get(0);
        later();
        client.updateInstance(ctx, created.pvmInstanceID(), com.pvsconsole.api.model.PvmInstanceUpdate.builder()
                .softwareLicenses(new com.pvsconsole.api.model.SoftwareLicenses(true, null, true, null, null, true, 5L))
                .build(), none);
        PowerVsException onAix = catchThrowableOfType(PowerVsException.class, () -> client.createInstance(ctx,
                PvmInstanceCreate.builder().serverName("aix-lic").imageID(aix).procType("shared").processors(0.5)
                        .memory(8.0).networkIDs(List.of(net)).softwareLicenses(css).build(), none));

        assertThat(created.softwareLicenses().ibmiCSS()).isTrue();
        com.pvsconsole.api.model.SoftwareLicenses now = client.getInstance(ctx, created.pvmInstanceID(), none)
                .softwareLicenses();
        assertThat(now.ibmiPHA()).isTrue();
        assertThat(now.ibmiRDSUsers()).isEqualTo(5L);
        assertThat(onAix.status()).hasValue(422);
    }
}
