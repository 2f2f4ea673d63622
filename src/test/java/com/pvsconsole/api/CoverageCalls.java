package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.CTX;
import static com.pvsconsole.api.FakePowerVs.INSTANCE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.ClientCallsTest.Case;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.SapCreate;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.model.SharedProcessorPoolUpdate;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of {@link ClientCallsTest} for the calls added for issue 13 (snapshots, volume changes, network
 * interfaces, live catalogs, pools and placement groups, console language, SAP, NSGs and DHCP).
 */
final class CoverageCalls {

    private static final CancellationToken NONE = CancellationToken.none();
    private static final String CI = "/pcloud/v1/cloud-instances/" + INSTANCE_ID;
    private static final String CI2 = "/pcloud/v2/cloud-instances/" + INSTANCE_ID;
    private static final String VM = CI + "/pvm-instances/vm-1";

    private CoverageCalls() {
    }

    static Stream<Case> cases() {
        return Stream.concat(Stream.concat(volumesAndSnapshots(), networks()), poolsAndCatalogs());
    }

    private static Stream<Case> volumesAndSnapshots() {
        return Stream.of(
            new Case("listDatacenters", c -> assertThat(c.listDatacenters(RegionEndpoint.publicEndpoint("us-south"), NONE)
                    .get(0).location().region()).isEqualTo("region-value"),
                    "GET", "/v1/datacenters", false, null, "datacenters", 200),
            new Case("updateVolume (grow and rename)", c -> assertThat(c.updateVolume(CTX, "vol-1", 20.0,
                    UpdateVolume.builder().size(40.0).name("data-02").build(), NONE).volumeID()).isEqualTo("volumeID-value"),
                    "PUT", CI + "/volumes/vol-1", true, "{\"name\":\"data-02\",\"size\":40.0}", "volume", 200),
            new Case("performVolumeAction (tier)", c -> c.performVolumeAction(CTX, "vol-1",
                    VolumeAction.builder().targetStorageTier("tier1").build(), NONE),
                    "POST", CI + "/volumes/vol-1/action", true, "{\"targetStorageTier\":\"tier1\"}", null, 202),
            new Case("cloneVolumes", c -> assertThat(c.cloneVolumes(CTX, VolumesCloneAsyncRequest.builder()
                    .name("copy").volumeIDs(List.of("vol-1")).build(), NONE).cloneTaskID()).isEqualTo("cloneTaskID-value"),
                    "POST", CI2 + "/volumes/clone", true, "{\"name\":\"copy\",\"volumeIDs\":[\"vol-1\"]}",
                    "clone-task-reference", 202),
            new Case("getCloneTask", c -> assertThat(c.getCloneTask(CTX, "task-1", NONE).status()).isEqualTo("running"),
                    "GET", CI2 + "/volumes/clone-tasks/task-1", true, null, "clone-task-status", 200),
            new Case("deleteVolumes", c -> assertThat(c.deleteVolumes(CTX, List.of("vol-1", "vol-2"), NONE).summary())
                    .isEqualTo("summary-value"), "DELETE", CI2 + "/volumes", true,
                    "{\"volumeIDs\":[\"vol-1\",\"vol-2\"]}", "volumes-delete-response", 202),
            new Case("listSnapshots", c -> assertThat(c.listSnapshots(CTX, NONE).get(0).snapshotID())
                    .isEqualTo("snapshotID-value"), "GET", CI + "/snapshots", true, null, "snapshots", 200),
            new Case("listInstanceSnapshots", c -> assertThat(c.listInstanceSnapshots(CTX, "vm-1", NONE)).hasSize(1),
                    "GET", VM + "/snapshots", true, null, "snapshots", 200),
            new Case("getSnapshot", c -> assertThat(c.getSnapshot(CTX, "snap-1", NONE).volumeSnapshots())
                    .containsKey("key-value"), "GET", CI + "/snapshots/snap-1", true, null, "snapshot", 200),
            new Case("createSnapshot", c -> assertThat(c.createSnapshot(CTX, "vm-1", SnapshotCreate.builder()
                    .name("before-patch").volumeIDs(List.of("vol-1")).build(), NONE).snapshotID())
                    .isEqualTo("snapshotID-value"), "POST", VM + "/snapshots", true,
                    "{\"name\":\"before-patch\",\"volumeIDs\":[\"vol-1\"]}", "snapshot-create-response", 202),
            new Case("restoreSnapshot", c -> assertThat(c.restoreSnapshot(CTX, "vm-1", "snap-1",
                    SnapshotRestore.builder().force(false).build(), NONE).name()).isEqualTo("name-value"),
                    "POST", VM + "/snapshots/snap-1/restore", true, "{\"force\":false}", "snapshot", 202),
            new Case("deleteSnapshot", c -> c.deleteSnapshot(CTX, "snap-1", NONE),
                    "DELETE", CI + "/snapshots/snap-1", true, null, null, 202));
    }

    private static Stream<Case> networks() {
        String nics = "/v1/networks/net-1/network-interfaces";
        return Stream.of(
            new Case("listNetworkInterfaces", c -> assertThat(c.listNetworkInterfaces(CTX, "net-1", NONE).get(0)
                    .instance().instanceID()).isEqualTo("instanceID-value"), "GET", nics, true, null,
                    "network-interfaces", 200),
            new Case("createNetworkInterface", c -> assertThat(c.createNetworkInterface(CTX, "net-1",
                    NetworkInterfaceCreate.builder().name("web01-app").build(), NONE).ipAddress())
                    .isEqualTo("ipAddress-value"), "POST", nics, true, "{\"name\":\"web01-app\"}", "network-interface", 201),
            new Case("updateNetworkInterface (attach)", c -> c.updateNetworkInterface(CTX, "net-1", "nic-1",
                    NetworkInterfaceUpdate.attachTo("vm-1"), NONE), "PUT", nics + "/nic-1", true,
                    "{\"instanceID\":\"vm-1\"}", "network-interface", 200),
            new Case("updateNetworkInterface (detach)", c -> c.updateNetworkInterface(CTX, "net-1", "nic-1",
                    NetworkInterfaceUpdate.detach(), NONE), "PUT", nics + "/nic-1", true,
                    "{\"instanceID\":\"\"}", "network-interface", 200),
            new Case("getNetworkInterface", c -> assertThat(c.getNetworkInterface(CTX, "net-1", "nic-1", NONE).status())
                    .isEqualTo("status-value"), "GET", nics + "/nic-1", true, null, "network-interface", 200),
            new Case("deleteNetworkInterface", c -> c.deleteNetworkInterface(CTX, "net-1", "nic-1", NONE),
                    "DELETE", nics + "/nic-1", true, null, null, 200),
            new Case("listNetworkSecurityGroups", c -> assertThat(c.listNetworkSecurityGroups(CTX, NONE).get(0)
                    .rules()).hasSize(1), "GET", "/v1/network-security-groups", true, null, "network-security-groups", 200),
            new Case("listDhcpServers", c -> assertThat(c.listDhcpServers(CTX, NONE).get(0).network().name())
                    .isEqualTo("name-value"), "GET", CI + "/services/dhcp", true, null, "dhcp-servers", 200));
    }

    private static Stream<Case> poolsAndCatalogs() {
        String pools = CI + "/shared-processor-pools";
        String groups = CI + "/placement-groups";
        String sppGroups = CI + "/spp-placement-groups";
        return Stream.of(
            new Case("listSystemPools", c -> assertThat(c.listSystemPools(CTX, NONE).get("key-value")
                    .maxCoresAvailable().cores()).isEqualTo(2.5), "GET", CI + "/system-pools", true, null, "system-pools", 200),
            new Case("listStorageTiers", c -> assertThat(c.listStorageTiers(CTX, NONE).get(0).state())
                    .isEqualTo("active"), "GET", CI + "/storage-tiers", true, null, "storage-tiers", 200),
            new Case("getStoragePoolsCapacity", c -> assertThat(c.getStoragePoolsCapacity(CTX, NONE)
                    .storagePoolsCapacity().get(0).maxAllocationSize()).isEqualTo(7L),
                    "GET", CI + "/storage-capacity/storage-pools", true, null, "storage-pools-capacity", 200),
            new Case("listSharedProcessorPools", c -> assertThat(c.listSharedProcessorPools(CTX, NONE).get(0)
                    .reservedCores()).isEqualTo(7L), "GET", pools, true, null, "shared-processor-pools", 200),
            new Case("getSharedProcessorPool", c -> assertThat(c.getSharedProcessorPool(CTX, "spp-1", NONE).servers())
                    .hasSize(1), "GET", pools + "/spp-1", true, null, "shared-processor-pool-detail", 200),
            new Case("createSharedProcessorPool", c -> assertThat(c.createSharedProcessorPool(CTX,
                    SharedProcessorPoolCreate.builder().name("db_pool").hostGroup("s922").reservedCores(2L).build(), NONE)
                    .id()).isEqualTo("id-value"), "POST", pools, true,
                    "{\"hostGroup\":\"s922\",\"name\":\"db_pool\",\"reservedCores\":2}", "shared-processor-pool", 202),
            new Case("updateSharedProcessorPool", c -> assertThat(c.updateSharedProcessorPool(CTX, "spp-1",
                    SharedProcessorPoolUpdate.reservedCores(3), NONE).id()).isEqualTo("id-value"),
                    "PUT", pools + "/spp-1", true, "{\"reservedCores\":3}", "shared-processor-pool", 200),
            new Case("deleteSharedProcessorPool", c -> c.deleteSharedProcessorPool(CTX, "spp-1", NONE),
                    "DELETE", pools + "/spp-1", true, null, null, 200),
            new Case("listPlacementGroups", c -> assertThat(c.listPlacementGroups(CTX, NONE).get(0).policy())
                    .isEqualTo("affinity"), "GET", groups, true, null, "placement-groups", 200),
            new Case("createPlacementGroup", c -> assertThat(c.createPlacementGroup(CTX, PlacementGroupCreate.builder()
                    .name("apart").policy("anti-affinity").build(), NONE).id()).isEqualTo("id-value"), "POST", groups, true,
                    "{\"name\":\"apart\",\"policy\":\"anti-affinity\"}", "placement-group", 200),
            new Case("getPlacementGroup", c -> assertThat(c.getPlacementGroup(CTX, "pg-1", NONE).name())
                    .isEqualTo("name-value"), "GET", groups + "/pg-1", true, null, "placement-group", 200),
            new Case("deletePlacementGroup", c -> c.deletePlacementGroup(CTX, "pg-1", NONE),
                    "DELETE", groups + "/pg-1", true, null, null, 200),
            new Case("addPlacementGroupMember", c -> assertThat(c.addPlacementGroupMember(CTX, "pg-1", "vm-1", NONE)
                    .members()).hasSize(1), "POST", groups + "/pg-1/members", true, "{\"id\":\"vm-1\"}",
                    "placement-group", 200),
            new Case("removePlacementGroupMember", c -> c.removePlacementGroupMember(CTX, "pg-1", "vm-1", NONE),
                    "DELETE", groups + "/pg-1/members", true, "{\"id\":\"vm-1\"}", "placement-group", 200),
            new Case("listSppPlacementGroups", c -> assertThat(c.listSppPlacementGroups(CTX, NONE).get(0)
                    .memberSharedProcessorPools()).hasSize(1), "GET", sppGroups, true, null, "spp-placement-groups", 200),
            new Case("createSppPlacementGroup", c -> c.createSppPlacementGroup(CTX, SppPlacementGroupCreate.builder()
                    .name("pools_apart").policy("anti-affinity").build(), NONE), "POST", sppGroups, true,
                    "{\"name\":\"pools_apart\",\"policy\":\"anti-affinity\"}", "spp-placement-group", 200),
            new Case("getSppPlacementGroup", c -> assertThat(c.getSppPlacementGroup(CTX, "sppg-1", NONE).policy())
                    .isEqualTo("policy-value"), "GET", sppGroups + "/sppg-1", true, null, "spp-placement-group", 200),
            new Case("deleteSppPlacementGroup", c -> c.deleteSppPlacementGroup(CTX, "sppg-1", NONE),
                    "DELETE", sppGroups + "/sppg-1", true, null, null, 200),
            new Case("addSppPlacementGroupMember", c -> c.addSppPlacementGroupMember(CTX, "sppg-1", "spp-1", NONE),
                    "POST", sppGroups + "/sppg-1/members/spp-1", true, "", "spp-placement-group", 200),
            new Case("removeSppPlacementGroupMember", c -> c.removeSppPlacementGroupMember(CTX, "sppg-1", "spp-1", NONE),
                    "DELETE", sppGroups + "/sppg-1/members/spp-1", true, null, "spp-placement-group", 200),
            new Case("listConsoleLanguages", c -> assertThat(c.listConsoleLanguages(CTX, "vm-1", NONE).get(0).code())
                    .isEqualTo("code-value"), "GET", VM + "/console", true, null, "console-languages", 200),
            new Case("updateConsoleLanguage", c -> c.updateConsoleLanguage(CTX, "vm-1", "2924", NONE),
                    "PUT", VM + "/console", true, "{\"code\":\"2924\"}", "console-language", 200),
            new Case("listSapProfiles", c -> assertThat(c.listSapProfiles(CTX, NONE).get(0).type())
                    .isEqualTo("balanced"), "GET", CI + "/sap", true, null, "sap-profiles", 200),
            new Case("getSapProfile", c -> assertThat(c.getSapProfile(CTX, "bh1-140x14000", NONE).cores()).isEqualTo(7L),
                    "GET", CI + "/sap/bh1-140x14000", true, null, "sap-profile", 200),
            new Case("createSapInstance", c -> assertThat(c.createSapInstance(CTX, new SapCreate("img-1", "hana-01",
                    List.of(new PvmInstanceAddNetwork(null, "net-1", null)), null, "bh1-16x1600", null, null, null, null,
                    null, null), NONE)).hasSize(1), "POST", CI + "/sap", true,
                    "{\"imageID\":\"img-1\",\"name\":\"hana-01\",\"networks\":[{\"networkID\":\"net-1\"}],"
                            + "\"profileID\":\"bh1-16x1600\"}", "pvm-instance-list", 201));
    }
}
