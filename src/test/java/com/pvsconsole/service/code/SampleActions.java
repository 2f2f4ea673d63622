package com.pvsconsole.service.code;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.IpAddressRange;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.SshKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One realistic example of every action Copy as code renders, keyed by fixture name. */
final class SampleActions {

    static final CodeTarget LON04 = new CodeTarget(RegionEndpoint.publicEndpoint("lon"),
            Crn.of("lon04", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"), "prod-lon");

    static final CodeAction.Ref WEB01 = new CodeAction.Ref("8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60", "web-01");
    static final CodeAction.Ref DATA01 = new CodeAction.Ref("c2e4f6a8-1b3d-4f5a-8c7e-9d0b2a4c6e81", "data-01");

    private SampleActions() {
    }

    static Map<String, CodeAction> all() {
        Map<String, CodeAction> actions = new LinkedHashMap<>();
        actions.put("instance-create", new CodeAction.CreateInstance(PvmInstanceCreate.builder()
                .serverName("web-01").imageID("2f3a6b8c-0d1e-4f2a-b3c4-d5e6f7a8b9c0").processors(0.5)
                .procType("shared").memory(8.0).sysType("s1022").keyPairName("ops key")
                .storageType("tier3").networks(List.of(new PvmInstanceAddNetwork("192.168.10.20",
                        "4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a", null)))
                .userData("#cloud-config\npackages:\n  - httpd\n").userTags(List.of("env:prod", "team:web"))
                .build()));
        for (InstanceAction action : List.of(InstanceAction.START, InstanceAction.STOP, InstanceAction.SOFT_REBOOT,
                InstanceAction.HARD_REBOOT, InstanceAction.IMMEDIATE_SHUTDOWN, InstanceAction.RESET_STATE)) {
            actions.put("instance-" + action.wireValue(), new CodeAction.InstancePower(WEB01, action));
        }
        actions.put("instance-resize", new CodeAction.ResizeInstance(WEB01,
                PvmInstanceUpdate.builder().processors(2.0).memory(32.0).procType("dedicated").build()));
        actions.put("instance-licences", new CodeAction.ResizeInstance(WEB01, PvmInstanceUpdate.builder()
                .softwareLicenses(new com.pvsconsole.api.model.SoftwareLicenses(true, null, false, null, null, true, 5L))
                .build()));
        actions.put("instance-console", new CodeAction.SetConsoleLanguage(WEB01, "2929"));
        actions.put("instance-delete", new CodeAction.DeleteInstance(WEB01, true));
        actions.put("instance-capture", new CodeAction.CaptureInstance(WEB01,
                PvmInstanceCapture.toImageCatalog("web-01-golden", List.of(DATA01.id()))));
        actions.put("volume-create", new CodeAction.CreateVolume(CreateDataVolume.builder().name("data-01")
                .size(100.0).diskType("tier1").shareable(false).build()));
        actions.put("volume-attach", new CodeAction.AttachVolume(WEB01, DATA01));
        actions.put("volume-detach", new CodeAction.DetachVolume(WEB01, DATA01));
        actions.put("volume-delete", new CodeAction.DeleteVolume(DATA01));
        actions.put("network-create", new CodeAction.CreateNetwork(NetworkCreate.builder().name("app-net")
                .type("vlan").cidr("192.168.10.0/24").gateway("192.168.10.1")
                .ipAddressRanges(List.of(new IpAddressRange("192.168.10.200", "192.168.10.10")))
                .dnsServers(List.of("9.9.9.9", "1.1.1.1")).mtu(1450L).build()));
        actions.put("network-delete", new CodeAction.DeleteNetwork(
                new CodeAction.Ref("4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a", "app-net")));
        actions.put("sshkey-create", new CodeAction.CreateSshKey(SshKey.builder().name("ops key")
                .sshKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5Zm9yY29weWFzY29kZQ ops@example").build()));
        actions.put("sshkey-delete", new CodeAction.DeleteSshKey("ops key"));
        actions.put("image-import", new CodeAction.ImportImage(CreateImage.fromStock(
                "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1b3d", "RHEL9-SP4")));
        actions.put("image-delete", new CodeAction.DeleteImage(
                new CodeAction.Ref("9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "RHEL9-SP4")));
        actions.put("volume-update", new CodeAction.UpdateVolume(DATA01, com.pvsconsole.api.model.UpdateVolume
                .builder().size(200.0).name("data-01-big").build()));
        actions.put("volume-action", new CodeAction.ChangeVolumeTier(DATA01, com.pvsconsole.api.model.VolumeAction
                .builder().targetStorageTier("tier0").build()));
        actions.put("volume-clone", new CodeAction.CloneVolumes(com.pvsconsole.api.model.VolumesCloneAsyncRequest
                .builder().name("data copy").volumeIDs(List.of(DATA01.id())).targetStorageTier("tier3").build()));
        actions.put("snapshot-create", new CodeAction.CreateSnapshot(WEB01, com.pvsconsole.api.model.SnapshotCreate
                .builder().name("web-01-before-patch").description("before the May patch")
                .volumeIDs(List.of(DATA01.id())).build()));
        CodeAction.Ref snapshot = new CodeAction.Ref("3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8b0c1e", "web-01-before-patch");
        actions.put("snapshot-restore", new CodeAction.RestoreSnapshot(WEB01, snapshot,
                com.pvsconsole.api.model.SnapshotRestore.builder().force(true).build()));
        actions.put("snapshot-delete", new CodeAction.DeleteSnapshot(snapshot));
        actions.put("instance-existing", new CodeAction.Existing(actions.get("instance-create"), WEB01));
        actions.put("volume-existing", new CodeAction.Existing(actions.get("volume-create"), DATA01));
        actions.put("network-existing", new CodeAction.Existing(actions.get("network-create"),
                new CodeAction.Ref("4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a", "app-net")));
        actions.put("image-existing", new CodeAction.Existing(new CodeAction.ImportImage(
                new CreateImage(null, null, null, null, null, "RHEL9-SP4", null, null, null, null, null, null, null,
                        null)), new CodeAction.Ref("9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "RHEL9-SP4")));
        actions.put("sshkey-existing", new CodeAction.Existing(actions.get("sshkey-create"),
                new CodeAction.Ref("ops key", "ops key")));
        CodeAction.Ref appNet = new CodeAction.Ref("4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a", "app-net");
        CodeAction.Ref nic = new CodeAction.Ref("6e8a0c2e-4a6c-4e8a-0c2e-4a6c8e0a2c4e", "web-01-app-net");
        actions.put("network-interface-add", new CodeAction.AddNetworkInterface(WEB01, appNet,
                com.pvsconsole.api.model.NetworkInterfaceCreate.builder().name("web-01-app-net").build()));
        actions.put("network-interface-remove", new CodeAction.RemoveNetworkInterface(WEB01, appNet, nic));
        actions.put("network-interface-existing", ExistingObjects.networkInterface(WEB01, appNet,
                new com.pvsconsole.api.model.NetworkInterface(null, null, nic.id(), null, "192.168.10.23", null,
                        nic.name(), null, null, "ACTIVE", null)));
        actions.put("snapshot-existing", ExistingObjects.snapshot(WEB01, new com.pvsconsole.api.model.Snapshot(null,
                null, null, "before the May patch", null, "web-01-before-patch", 100L, WEB01.id(), snapshot.id(),
                "available", null, java.util.Map.of(DATA01.id(), "8b0c2d4f-6a8b-4c1e-9d2f-4a6b8c0d2e4f"))));
        CodeAction.Ref pool = new CodeAction.Ref("5a7c9e1b-3d5f-4b7d-9f1b-3d5f7b9d1f3a", "sap_pool");
        actions.put("pool-create", new CodeAction.CreatePool(com.pvsconsole.api.model.SharedProcessorPoolCreate
                .builder().name("sap_pool").hostGroup("s922").reservedCores(4L).userTags(List.of("env:prod"))
                .build()));
        actions.put("pool-resize", com.pvsconsole.service.pools.PoolService.resize(pool, 6));
        actions.put("pool-delete", new CodeAction.DeletePool(pool));
        actions.put("pool-existing", ExistingObjects.pool(new com.pvsconsole.api.model.SharedProcessorPool(2.0, 2.0,
                null, null, null, "s922", null, pool.id(), "sap_pool", 4L, null, "active", null, List.of("env:prod"))));
        CodeAction.Ref group = new CodeAction.Ref("7b9d1f3a-5c7e-4d9f-b1a3-5c7e9d1f3b5c", "web-spread");
        actions.put("placement-group-create", new CodeAction.CreatePlacementGroup(
                com.pvsconsole.api.model.PlacementGroupCreate.builder().name("web-spread").policy("anti-affinity")
                        .build()));
        actions.put("placement-group-delete", new CodeAction.DeletePlacementGroup(group));
        actions.put("placement-group-member-add", new CodeAction.PlacementGroupMember(group, WEB01, true));
        actions.put("placement-group-member-remove", new CodeAction.PlacementGroupMember(group, WEB01, false));
        actions.put("placement-group-existing", ExistingObjects.placementGroup(new com.pvsconsole.api.model
                .PlacementGroup(null, group.id(), List.of(WEB01.id()), "web-spread", "anti-affinity", null)));
        CodeAction.Ref sppGroup = new CodeAction.Ref("9d1f3b5c-7e9a-4f1b-83c5-7e9a1b3d5f7e", "sap_apart");
        actions.put("spp-placement-group-create", new CodeAction.CreateSppPlacementGroup(
                com.pvsconsole.api.model.SppPlacementGroupCreate.builder().name("sap_apart").policy("anti-affinity")
                        .build()));
        actions.put("spp-placement-group-delete", new CodeAction.DeleteSppPlacementGroup(sppGroup));
        actions.put("spp-placement-group-member-add", new CodeAction.SppPlacementGroupMember(sppGroup, pool, true));
        actions.put("spp-placement-group-member-remove", new CodeAction.SppPlacementGroupMember(sppGroup, pool,
                false));
        actions.put("spp-placement-group-existing", ExistingObjects.sppPlacementGroup(new com.pvsconsole.api.model
                .SppPlacementGroup(null, sppGroup.id(), List.of(pool.id()), "sap_apart", "anti-affinity", null)));
        return actions;
    }
}
