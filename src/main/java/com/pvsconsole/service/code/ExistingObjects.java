package com.pvsconsole.service.code;

import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceNetwork;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * Copy as code for objects that already exist (a context menu's "Copy as code"): each object as the
 * create that would make it again, wrapped in {@link CodeAction.Existing} so Terraform also gets an
 * {@code import} block. Only what the service reports is used; nothing is guessed.
 */
public final class ExistingObjects {

    private ExistingObjects() {
    }

    public static CodeAction.Existing instance(PvmInstance server) {
        List<PvmInstanceAddNetwork> networks = new ArrayList<>();
        List<PvmInstanceNetwork> attached = server.networks() != null ? server.networks() : server.addresses();
        if (attached != null) {
            attached.stream().filter(n -> n.networkID() != null).forEach(n -> networks.add(new PvmInstanceAddNetwork(
                    n.ipAddress() != null ? n.ipAddress() : n.ip(), n.networkID(), null)));
        }
        PvmInstanceCreate create = PvmInstanceCreate.builder().serverName(server.serverName())
                .imageID(server.imageID()).processors(server.processors()).procType(server.procType())
                .memory(server.memory()).sysType(server.sysType()).storageType(server.storageType())
                .storagePool(server.storagePool()).placementGroup(emptyToNull(server.placementGroup()))
                .pinPolicy(server.pinPolicy()).userTags(server.userTags())
                .networks(networks.isEmpty() ? null : networks).build();
        return new CodeAction.Existing(new CodeAction.CreateInstance(create),
                new CodeAction.Ref(server.pvmInstanceID(), server.serverName()));
    }

    public static CodeAction.Existing volume(Volume volume) {
        CreateDataVolume create = CreateDataVolume.builder().name(volume.name()).size(volume.size())
                .diskType(volume.diskType()).shareable(volume.shareable()).volumePool(volume.volumePool())
                .replicationEnabled(volume.replicationEnabled()).userTags(volume.userTags()).build();
        return new CodeAction.Existing(new CodeAction.CreateVolume(create),
                new CodeAction.Ref(volume.volumeID(), volume.name()));
    }

    public static CodeAction.Existing network(Network network) {
        NetworkCreate create = NetworkCreate.builder().name(network.name()).type(network.type())
                .cidr(network.cidr()).gateway(network.gateway()).dnsServers(network.dnsServers())
                .ipAddressRanges(network.ipAddressRanges()).mtu(network.mtu()).userTags(network.userTags()).build();
        return new CodeAction.Existing(new CodeAction.CreateNetwork(create),
                new CodeAction.Ref(network.networkID(), network.name()));
    }

    /** A tenant key is known by its name. */
    public static CodeAction.Existing sshKey(SshKey key) {
        return new CodeAction.Existing(new CodeAction.CreateSshKey(SshKey.builder().name(key.name())
                .sshKey(key.sshKey()).build()), new CodeAction.Ref(key.name(), key.name()));
    }

    /** A workspace image, by its name (how it was made is not in the image). */
    public static CodeAction.Existing image(com.pvsconsole.api.model.ImageReference image) {
        return new CodeAction.Existing(new CodeAction.ImportImage(new com.pvsconsole.api.model.CreateImage(null, null,
                null, null, null, image.name(), null, null, null, null, null, null, null, null)),
                new CodeAction.Ref(image.imageID(), image.name()));
    }

    /**
     * A server's network interface on {@code network}: as the add that would make it again (its name, address
     * and tags), read by id on its network.
     */
    public static CodeAction.Existing networkInterface(CodeAction.Ref instance, CodeAction.Ref network,
            com.pvsconsole.api.model.NetworkInterface nic) {
        com.pvsconsole.api.model.NetworkInterfaceCreate create = com.pvsconsole.api.model.NetworkInterfaceCreate
                .builder().name(emptyToNull(nic.name())).ipAddress(emptyToNull(nic.ipAddress()))
                .userTags(nic.userTags() == null || nic.userTags().isEmpty() ? null : nic.userTags()).build();
        return new CodeAction.Existing(new CodeAction.AddNetworkInterface(instance, network, create),
                new CodeAction.Ref(nic.id(), nic.name()));
    }

    /** A snapshot of {@code instance}'s volumes, as the snapshot create that would take it again. */
    public static CodeAction.Existing snapshot(CodeAction.Ref instance, com.pvsconsole.api.model.Snapshot snapshot) {
        List<String> volumes = snapshot.volumeSnapshots() == null || snapshot.volumeSnapshots().isEmpty() ? null
                : List.copyOf(new java.util.TreeSet<>(snapshot.volumeSnapshots().keySet()));
        com.pvsconsole.api.model.SnapshotCreate create = com.pvsconsole.api.model.SnapshotCreate.builder()
                .name(snapshot.name()).description(emptyToNull(snapshot.description())).volumeIDs(volumes).build();
        return new CodeAction.Existing(new CodeAction.CreateSnapshot(instance, create),
                new CodeAction.Ref(snapshot.snapshotID(), snapshot.name()));
    }

    /**
     * A shared processor pool, as the create that would make it again (name, host group, reserve, tags); the
     * SPP placement groups that list it are not written, since the pool's create takes at most one.
     */
    public static CodeAction.Existing pool(com.pvsconsole.api.model.SharedProcessorPool pool) {
        com.pvsconsole.api.model.SharedProcessorPoolCreate create = com.pvsconsole.api.model.SharedProcessorPoolCreate
                .builder().name(pool.name()).hostGroup(emptyToNull(pool.hostGroup()))
                .reservedCores(pool.reservedCores())
                .userTags(pool.userTags() == null || pool.userTags().isEmpty() ? null : pool.userTags()).build();
        return new CodeAction.Existing(new CodeAction.CreatePool(create), new CodeAction.Ref(pool.id(), pool.name()));
    }

    /** A server placement group, as the create that would make it again (its members are the servers' own). */
    public static CodeAction.Existing placementGroup(com.pvsconsole.api.model.PlacementGroup group) {
        return new CodeAction.Existing(new CodeAction.CreatePlacementGroup(com.pvsconsole.api.model.PlacementGroupCreate
                .builder().name(group.name()).policy(emptyToNull(group.policy()))
                .userTags(group.userTags() == null || group.userTags().isEmpty() ? null : group.userTags()).build()),
                new CodeAction.Ref(group.id(), group.name()));
    }

    /** An SPP placement group, as the create that would make it again (its members are the pools' own). */
    public static CodeAction.Existing sppPlacementGroup(com.pvsconsole.api.model.SppPlacementGroup group) {
        return new CodeAction.Existing(new CodeAction.CreateSppPlacementGroup(com.pvsconsole.api.model
                .SppPlacementGroupCreate.builder().name(group.name()).policy(emptyToNull(group.policy()))
                .userTags(group.userTags() == null || group.userTags().isEmpty() ? null : group.userTags()).build()),
                new CodeAction.Ref(group.id(), group.name()));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
