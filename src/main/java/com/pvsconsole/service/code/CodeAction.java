package com.pvsconsole.service.code;

import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.SshKey;
import java.util.Objects;

/**
 * One console action, described with the same request bodies the console's client sends, so the
 * generated curl carries exactly the console's JSON. Objects that already exist are named by id
 * (what the code uses) and by name (for comments and labels).
 */
public sealed interface CodeAction {

    /** A short label such as "instance-stop", for file names and logs. */
    String kind();

    <R> R accept(Visitor<R> visitor);

    /** One method per action, so every renderer handles every action (the compiler checks it). */
    interface Visitor<R> {
        R visit(CreateInstance a);

        R visit(InstancePower a);

        R visit(ResizeInstance a);

        R visit(DeleteInstance a);

        R visit(CaptureInstance a);

        R visit(CreateVolume a);

        R visit(AttachVolume a);

        R visit(DetachVolume a);

        R visit(DeleteVolume a);

        R visit(CreateNetwork a);

        R visit(DeleteNetwork a);

        R visit(CreateSshKey a);

        R visit(DeleteSshKey a);

        R visit(ImportImage a);

        R visit(DeleteImage a);

        R visit(UpdateVolume a);

        R visit(ChangeVolumeTier a);

        R visit(CloneVolumes a);

        R visit(CreateSnapshot a);

        R visit(RestoreSnapshot a);

        R visit(DeleteSnapshot a);

        R visit(AddNetworkInterface a);

        R visit(RemoveNetworkInterface a);

        R visit(SetConsoleLanguage a);

        R visit(CreatePool a);

        R visit(ResizePool a);

        R visit(DeletePool a);

        R visit(CreatePlacementGroup a);

        R visit(DeletePlacementGroup a);

        R visit(PlacementGroupMember a);

        R visit(CreateSppPlacementGroup a);

        R visit(DeleteSppPlacementGroup a);

        R visit(SppPlacementGroupMember a);

        R visit(Existing a);
    }


    /** An existing object: its id and its display name (may be null). */
    record Ref(String id, String name) {
        public Ref {
            Objects.requireNonNull(id, "id");
        }

        public String nameOrId() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    record CreateInstance(PvmInstanceCreate request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "instance-create";
        }
    }

    /** start, stop, soft-reboot, hard-reboot, immediate-shutdown, reset-state, dumprestart. */
    record InstancePower(Ref instance, InstanceAction action) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "instance-" + action.wireValue();
        }
    }

    record ResizeInstance(Ref instance, PvmInstanceUpdate request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "instance-resize";
        }
    }

    record DeleteInstance(Ref instance, boolean deleteDataVolumes) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "instance-delete";
        }
    }

    record CaptureInstance(Ref instance, PvmInstanceCapture request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "instance-capture";
        }
    }

    record CreateVolume(CreateDataVolume request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "volume-create";
        }
    }

    record AttachVolume(Ref instance, Ref volume) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "volume-attach";
        }
    }

    record DetachVolume(Ref instance, Ref volume) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "volume-detach";
        }
    }

    record DeleteVolume(Ref volume) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "volume-delete";
        }
    }

    record CreateNetwork(NetworkCreate request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "network-create";
        }
    }

    record DeleteNetwork(Ref network) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "network-delete";
        }
    }

    /** The console keeps tenant keys (by name), as its client does. */
    record CreateSshKey(SshKey key) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "sshkey-create";
        }
    }

    record DeleteSshKey(String keyName) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public DeleteSshKey {
            Objects.requireNonNull(keyName, "keyName");
        }

        public String kind() {
            return "sshkey-delete";
        }
    }

    /** A copy of a stock image ({@code source = root-project}) or an import from Cloud Object Storage. */
    record ImportImage(CreateImage request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "image-import";
        }
    }

    record DeleteImage(Ref image) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "image-delete";
        }
    }

    /** Grow, rename or toggle shareable/bootable: the console's PUT of the volume. */
    record UpdateVolume(Ref volume, com.pvsconsole.api.model.UpdateVolume request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "volume-update";
        }
    }

    /** A new storage tier (or replication toggle) through the volume action. */
    record ChangeVolumeTier(Ref volume, com.pvsconsole.api.model.VolumeAction request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "volume-action";
        }
    }

    /** An asynchronous clone of one or more volumes (clone-async). */
    record CloneVolumes(com.pvsconsole.api.model.VolumesCloneAsyncRequest request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "volume-clone";
        }
    }

    /** A snapshot of a server's volumes. */
    record CreateSnapshot(Ref instance, com.pvsconsole.api.model.SnapshotCreate request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "snapshot-create";
        }
    }

    /** Restores a server's volumes from its snapshot. */
    record RestoreSnapshot(Ref instance, Ref snapshot, com.pvsconsole.api.model.SnapshotRestore request) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "snapshot-restore";
        }
    }

    /** Deletes a snapshot. */
    record DeleteSnapshot(Ref snapshot) implements CodeAction {
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "snapshot-delete";
        }
    }

    /**
     * Adds a network to a server, as the console does it: two requests, first a network interface (an
     * address reserved on the network, {@code request}), then that interface attached to the server.
     */
    record AddNetworkInterface(Ref instance, Ref network, com.pvsconsole.api.model.NetworkInterfaceCreate request)
            implements CodeAction {
        public AddNetworkInterface {
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(request, "request");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "network-interface-add";
        }
    }

    /** Takes a server off a network: its interface detached from the server, then deleted (the address freed). */
    record RemoveNetworkInterface(Ref instance, Ref network, Ref networkInterface) implements CodeAction {
        public RemoveNetworkInterface {
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(networkInterface, "networkInterface");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "network-interface-remove";
        }
    }

    /** Sets an IBM i server's console language (its code, e.g. {@code 2924}). */
    record SetConsoleLanguage(Ref instance, String code) implements CodeAction {
        public SetConsoleLanguage {
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(code, "code");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "instance-console";
        }
    }

    /** A shared processor pool: name, host group and whole reserved cores (the console's POST). */
    record CreatePool(com.pvsconsole.api.model.SharedProcessorPoolCreate request) implements CodeAction {
        public CreatePool {
            Objects.requireNonNull(request, "request");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "pool-create";
        }
    }

    /** A new reserve of whole cores for a pool (the console's PUT). */
    record ResizePool(Ref pool, com.pvsconsole.api.model.SharedProcessorPoolUpdate request) implements CodeAction {
        public ResizePool {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(request, "request");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "pool-resize";
        }
    }

    record DeletePool(Ref pool) implements CodeAction {
        public DeletePool {
            Objects.requireNonNull(pool, "pool");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "pool-delete";
        }
    }

    /** A server placement group: name and policy (affinity or anti-affinity). */
    record CreatePlacementGroup(com.pvsconsole.api.model.PlacementGroupCreate request) implements CodeAction {
        public CreatePlacementGroup {
            Objects.requireNonNull(request, "request");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "placement-group-create";
        }
    }

    record DeletePlacementGroup(Ref group) implements CodeAction {
        public DeletePlacementGroup {
            Objects.requireNonNull(group, "group");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "placement-group-delete";
        }
    }

    /** A server added to ({@code add}) or removed from a placement group: the server's id goes in the body. */
    record PlacementGroupMember(Ref group, Ref server, boolean add) implements CodeAction {
        public PlacementGroupMember {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(server, "server");
        }

        /** The body both requests carry, {@code {"id": <server id>}}. */
        public com.pvsconsole.api.model.PlacementGroupServer body() {
            return new com.pvsconsole.api.model.PlacementGroupServer(server.id());
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return add ? "placement-group-member-add" : "placement-group-member-remove";
        }
    }

    /** An SPP placement group: name and policy; its members are shared processor pools. */
    record CreateSppPlacementGroup(com.pvsconsole.api.model.SppPlacementGroupCreate request) implements CodeAction {
        public CreateSppPlacementGroup {
            Objects.requireNonNull(request, "request");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "spp-placement-group-create";
        }
    }

    record DeleteSppPlacementGroup(Ref group) implements CodeAction {
        public DeleteSppPlacementGroup {
            Objects.requireNonNull(group, "group");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return "spp-placement-group-delete";
        }
    }

    /** A shared processor pool added to ({@code add}) or removed from an SPP placement group: both ids in the path. */
    record SppPlacementGroupMember(Ref group, Ref pool, boolean add) implements CodeAction {
        public SppPlacementGroupMember {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(pool, "pool");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public String kind() {
            return add ? "spp-placement-group-member-add" : "spp-placement-group-member-remove";
        }
    }

    /**
     * An object that exists, described by the create that would make it ({@link CreateInstance},
     * {@link CreateVolume}, {@link CreateNetwork}, {@link CreateSshKey}, {@link ImportImage} (a workspace image
     * by its name), {@link AddNetworkInterface} (a server's network interface), {@link CreateSnapshot}, {@link CreatePool}, {@link CreatePlacementGroup} or {@link CreateSppPlacementGroup}): the CLI
     * and curl read it,
     * Terraform gets its resource block and an {@code import} block. See {@link ExistingObjects}.
     */
    record Existing(CodeAction definition, Ref object) implements CodeAction {
        public Existing {
            Objects.requireNonNull(object, "object");
            if (!(definition instanceof CreateInstance || definition instanceof CreateVolume
                    || definition instanceof CreateNetwork || definition instanceof CreateSshKey
                    || definition instanceof ImportImage || definition instanceof AddNetworkInterface
                    || definition instanceof CreateSnapshot || definition instanceof CreatePool
                    || definition instanceof CreatePlacementGroup || definition instanceof CreateSppPlacementGroup)) {
                throw new IllegalArgumentException("not a create: " + definition);
            }
        }

        public String kind() {
            return definition.kind().replace("-create", "-existing").replace("-import", "-existing")
                    .replace("-add", "-existing");
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }
    }
}
