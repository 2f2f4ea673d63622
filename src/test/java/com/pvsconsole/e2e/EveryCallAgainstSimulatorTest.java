package com.pvsconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.JobReference;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.sim.ManualClock;
import com.pvsconsole.sim.PowerVsSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every client call against the simulator, asserting the fields the console relies on are filled in: a
 * field name spelt differently on either side shows up as a null here. Lists must be non-empty (an empty list
 * would let every per-item check pass unseen) and values real (positive sizes, matching ids).
 */
class EveryCallAgainstSimulatorTest {

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
        assertThat(client.getWorkspace(dallas, workspace.id(), none).name()).isEqualTo(workspace.name());
        ctx = WorkspaceContext.forWorkspace(dallas, workspace);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void should_read_every_kind_of_resource_with_its_key_fields() {
        assertThat(client.listDatacenters(ctx.endpoint(), none)).isNotEmpty()
                .allSatisfy(dc -> assertThat(dc.location().region()).isNotBlank());

        List<PvmInstanceReference> instances = client.listInstances(ctx, none);
        assertThat(instances).isNotEmpty().allSatisfy(i -> {
            assertThat(i.pvmInstanceID()).isNotBlank();
            assertThat(i.serverName()).isNotBlank();
            assertThat(i.status()).isNotBlank();
        });
        assertThat(client.getCloudInstance(ctx, none).usage().instances())
                .as("the workspace's usage counts its instances").isEqualTo((double) instances.size());
        PvmInstance instance = client.getInstance(ctx, instances.get(0).pvmInstanceID(), none);
        assertThat(instance.serverName()).isEqualTo(instances.get(0).serverName());
        assertThat(instance.processors()).isPositive();
        assertThat(instance.memory()).isPositive();
        assertThat(client.listInstanceVolumes(ctx, instance.pvmInstanceID(), none)).as("at least its boot volume")
                .isNotEmpty().allSatisfy(v -> assertThat(v.volumeID()).isNotBlank());

        List<VolumeReference> volumes = client.listVolumes(ctx, none);
        assertThat(volumes).isNotEmpty().allSatisfy(v -> {
            assertThat(v.volumeID()).isNotBlank();
            assertThat(v.state()).isNotBlank();
        });
        Volume volume = client.getVolume(ctx, volumes.get(0).volumeID(), none);
        assertThat(volume.size()).isPositive().isEqualTo(volumes.get(0).size());

        List<NetworkReference> networks = client.listNetworks(ctx, none);
        assertThat(networks).isNotEmpty().allSatisfy(n -> assertThat(n.networkID()).isNotBlank());
        assertThat(client.getNetwork(ctx, networks.get(0).networkID(), none).cidr()).isNotBlank();
        List<NetworkInterface> addresses = networks.stream()
                .flatMap(n -> client.listNetworkInterfaces(ctx, n.networkID(), none).stream()).toList();
        assertThat(addresses).as("the instances' interfaces on the workspace's networks").isNotEmpty()
                .allSatisfy(nic -> {
                    assertThat(nic.id()).isNotBlank();
                    assertThat(nic.ipAddress()).isNotBlank();
                });

        assertThat(client.listImages(ctx, none)).isNotEmpty().allSatisfy(i -> assertThat(i.imageID()).isNotBlank());
        assertThat(client.listStockImages(ctx, none)).isNotEmpty()
                .allSatisfy(i -> assertThat(i.name()).isNotBlank());
        String stockId = client.listStockImages(ctx, none).get(0).imageID();
        assertThat(client.getStockImage(ctx, stockId, none).imageID()).isEqualTo(stockId);
        assertThat(client.listSshKeys(ctx, none)).isNotEmpty().allSatisfy(k -> assertThat(k.name()).isNotBlank());
        assertThat(client.listEvents(ctx, Instant.EPOCH, null, none)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.eventID()).isNotBlank());

        JobReference capture = client.captureInstance(ctx, instance.pvmInstanceID(),
                PvmInstanceCapture.toImageCatalog("e2e-capture", List.of()), none);
        assertThat(client.listJobs(ctx, none)).isNotEmpty().allSatisfy(j -> assertThat(j.id()).isNotBlank())
                .extracting(Job::id).contains(capture.id());
    }

    @Test
    void should_create_change_and_delete_resources() {
        Network network = client.createNetwork(ctx, NetworkCreate.builder().name("e2e-net").type("vlan")
                .cidr("10.77.0.0/24").gateway("10.77.0.1").dnsServers(List.of("9.9.9.9")).build(), none);
        Volume volume = client.createVolume(ctx,
                CreateDataVolume.builder().name("e2e-data").size(10.0).diskType("tier3").build(), none);
        SshKey key = client.createSshKey(ctx, SshKey.builder().name("e2e-key")
                .sshKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl e2e").build(),
                none);
        assertThat(network.networkID()).isNotBlank();
        assertThat(volume.volumeID()).isNotBlank();
        assertThat(key.name()).isEqualTo("e2e-key");
        assertThat(client.listSshKeys(ctx, none)).extracting(SshKey::name).contains("e2e-key");

        PvmInstanceReference target = client.listInstances(ctx, none).get(0);
        assertThat(client.createConsoleUrl(ctx, target.pvmInstanceID(), none).consoleURL()).isNotBlank();
        client.performInstanceAction(ctx, target.pvmInstanceID(), InstanceAction.SOFT_REBOOT, none);

        clock.advance(Duration.ofMinutes(10)); // let the new volume leave "creating"
        assertThat(client.getVolume(ctx, volume.volumeID(), none).state()).isEqualTo("available");
        client.deleteSshKey(ctx, "e2e-key", none);
        client.deleteVolume(ctx, volume.volumeID(), none);
        client.deleteNetwork(ctx, network.networkID(), none);
        assertThat(client.listSshKeys(ctx, none)).extracting(SshKey::name).doesNotContain("e2e-key");
    }

    @Test
    void should_copy_a_stock_image_into_the_workspace_until_active_and_delete_it() {
        ImageReference stock = client.listStockImages(ctx, none).get(0);

        Image created = client.createImage(ctx, CreateImage.fromStock(stock.imageID(), "e2e-copy"), none);

        assertThat(created.name()).isEqualTo("e2e-copy");
        assertThat(created.state()).isEqualTo("queued");
        assertThat(created.taskref().taskID()).isNotBlank();
        clock.advance(Duration.ofMinutes(1)); // queued -> running
        clock.advance(Duration.ofMinutes(1)); // running -> completed
        assertThat(client.getImage(ctx, created.imageID(), none).state()).isEqualTo("active");
        assertThat(client.getJob(ctx, created.taskref().taskID(), none).status().state()).isEqualTo("completed");
        assertThat(client.listImages(ctx, none)).extracting(ImageReference::imageID).contains(created.imageID());
        client.deleteImage(ctx, created.imageID(), none);
        assertThat(client.listImages(ctx, none)).extracting(ImageReference::imageID).doesNotContain(created.imageID());
    }
}
