package com.pvsconsole.service.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.model.SharedProcessorPoolUpdate;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.code.GeneratedCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Copy as code for a journal entry: the recorded request as the same {@code ibmcloud pi} command,
 * curl and Terraform the action's dialog offered. Secrets were never recorded, so user data, storage
 * keys and key material are missing from the result (the renderers put placeholders where they must).
 * Storage keys the request carried come back as the dialog's placeholders (the entry names them, never their
 * values). An interface's create and detach requests do not name the server: it is taken from the attach
 * the journal recorded for the same interface (after the create, before the detach), else it stays a
 * placeholder.
 * Empty for requests the generator has no form for (and for entries written before bodies were kept).
 */
public final class JournalCode {

    private static final ObjectMapper JSON = JsonMapper.create();
    /** The server of an interface entry whose attach the journal does not have. */
    static final CodeAction.Ref UNKNOWN_SERVER = new CodeAction.Ref("{pvm_instance_id}", null);

    private final CodeGenerator generator;

    public JournalCode(CodeGenerator generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    public Optional<GeneratedCode> of(JournalEntry entry) {
        return of(entry, List.of());
    }

    /** With the rest of the journal, where an interface's create or detach finds its server. */
    public Optional<GeneratedCode> of(JournalEntry entry, Collection<JournalEntry> journal) {
        try {
            return action(entry, journal).map(action -> generator.generate(target(entry), action));
        } catch (RuntimeException e) {
            // An old or odd entry must not break the page: no code for it.
            return Optional.empty();
        }
    }

    static CodeTarget target(JournalEntry entry) {
        JournalTarget t = entry.target();
        return new CodeTarget(new RegionEndpoint(t.region(), EndpointType.valueOf(t.endpointType())),
                Crn.parse(t.crn()), t.workspaceName());
    }

    static Optional<CodeAction> action(JournalEntry entry) throws RuntimeException {
        return action(entry, List.of());
    }

    static Optional<CodeAction> action(JournalEntry entry, Collection<JournalEntry> journal) throws RuntimeException {
        JournalTarget t = entry.target();
        if (t == null || t.crn() == null) {
            return Optional.empty();
        }
        JsonNode body = entry.body();
        CodeAction.Ref ref = t.resourceId() == null || t.resourceId().isBlank() ? null
                : new CodeAction.Ref(t.resourceId(), t.resourceName());
        String kind = entry.action();
        String method = entry.essentials().get("method");
        switch (kind) {
            case "instance-create":
                return withBody(body, PvmInstanceCreate.class).map(CodeAction.CreateInstance::new);
            case "instance-resize":
                return withRef(ref, withBody(body, PvmInstanceUpdate.class)
                        .map(update -> new CodeAction.ResizeInstance(ref, update)));
            case "instance-delete":
                return withRef(ref, Optional.of(new CodeAction.DeleteInstance(ref,
                        "true".equals(entry.essentials().get("query.delete_data_volumes")))));
            case "instance-capture":
                return withRef(ref, withBody(withKeysMarked(entry, body), PvmInstanceCapture.class)
                        .map(capture -> new CodeAction.CaptureInstance(ref, capture)));
            case "volume-create":
                return withBody(body, CreateDataVolume.class).map(CodeAction.CreateVolume::new);
            case "volume-attach":
            case "volume-detach": {
                String instance = instanceIn(entry.essentials().get("path"));
                if (ref == null || instance == null) {
                    return Optional.empty();
                }
                CodeAction.Ref server = new CodeAction.Ref(instance, null);
                return Optional.of(kind.equals("volume-attach") ? new CodeAction.AttachVolume(server, ref)
                        : new CodeAction.DetachVolume(server, ref));
            }
            case "volume-delete":
                return withRef(ref, Optional.of(new CodeAction.DeleteVolume(ref)));
            case "network-create":
                return withBody(body, NetworkCreate.class).map(CodeAction.CreateNetwork::new);
            case "network-delete":
                return withRef(ref, Optional.of(new CodeAction.DeleteNetwork(ref)));
            case "sshkey-create":
                return withBody(body, SshKey.class).map(CodeAction.CreateSshKey::new);
            case "sshkey-delete":
                return withRef(ref, Optional.of(new CodeAction.DeleteSshKey(ref.id())));
            case "image-import":
                return withBody(withKeysMarked(entry, body), CreateImage.class).map(CodeAction.ImportImage::new);
            case "image-delete":
                return withRef(ref, Optional.of(new CodeAction.DeleteImage(ref)));
            case "instance-update":
                // an update that is not a resize: the IBM i licences (softwareLicenses), the same PUT
                return withRef(ref, withBody(body, PvmInstanceUpdate.class)
                        .map(update -> new CodeAction.ResizeInstance(ref, update)));
            case "instance-console":
                // PUT sets the console language; POST only opens a console URL, which has no code form
                return "PUT".equals(method) && ref != null && body != null && body.hasNonNull("code")
                        ? Optional.of(new CodeAction.SetConsoleLanguage(ref, body.get("code").asText()))
                        : Optional.empty();
            default:
                return more(entry, journal, kind, ref, body);
        }
    }

    /** Kinds added after the first set: snapshots, volume changes, interfaces, pools and placement groups. */
    private static Optional<CodeAction> more(JournalEntry entry, Collection<JournalEntry> journal, String kind,
                                             CodeAction.Ref ref, JsonNode body) {
        String path = entry.essentials().get("path");
        switch (kind) {
            case "snapshot-create": {
                String instance = after(path, "pvm-instances");
                return instance == null ? Optional.empty() : withBody(body, SnapshotCreate.class)
                        .map(create -> new CodeAction.CreateSnapshot(new CodeAction.Ref(instance, null), create));
            }
            case "snapshot-restore": {
                String instance = after(path, "pvm-instances");
                return instance == null || ref == null ? Optional.empty()
                        : Optional.of(new CodeAction.RestoreSnapshot(new CodeAction.Ref(instance, null), ref,
                                withBody(body, SnapshotRestore.class).orElse(new SnapshotRestore(null))));
            }
            case "snapshot-delete":
                return withRef(ref, Optional.of(new CodeAction.DeleteSnapshot(ref)));
            case "volume-update":
                return withRef(ref, withBody(body, UpdateVolume.class)
                        .map(update -> new CodeAction.UpdateVolume(ref, update)));
            case "volume-action":
                return withRef(ref, withBody(body, VolumeAction.class)
                        .map(action -> new CodeAction.ChangeVolumeTier(ref, action)));
            case "volume-clone":
                return withBody(body, VolumesCloneAsyncRequest.class).map(CodeAction.CloneVolumes::new);
            case "network-interface-create": {
                // the create half of "add network to server"; the attach that follows names the server
                String network = after(path, "networks");
                CodeAction.Ref server = AttachedServer.after(entry, journal);
                return network == null ? Optional.empty() : withBody(body, NetworkInterfaceCreate.class)
                        .map(create -> new CodeAction.AddNetworkInterface(server,
                                new CodeAction.Ref(network, null), create));
            }
            case "network-interface-update":
            case "network-interface-delete": {
                // detach (an update to no server) or delete: the two requests of "remove network from server"
                String network = after(path, "networks");
                boolean detach = kind.endsWith("-update") && body != null && body.path("instanceID").asText("x").isEmpty();
                if (network == null || ref == null || !(detach || kind.endsWith("-delete"))) {
                    return Optional.empty();
                }
                return Optional.of(new CodeAction.RemoveNetworkInterface(AttachedServer.before(entry, journal),
                        new CodeAction.Ref(network, null), ref));
            }
            case "shared-processor-pool-create":
                return withBody(body, SharedProcessorPoolCreate.class).map(CodeAction.CreatePool::new);
            case "shared-processor-pool-update":
                return withRef(ref, withBody(body, SharedProcessorPoolUpdate.class)
                        .map(update -> new CodeAction.ResizePool(ref, update)));
            case "shared-processor-pool-delete":
                return withRef(ref, Optional.of(new CodeAction.DeletePool(ref)));
            case "placement-group-create":
                return withBody(body, PlacementGroupCreate.class).map(CodeAction.CreatePlacementGroup::new);
            case "placement-group-delete":
                return withRef(ref, Optional.of(new CodeAction.DeletePlacementGroup(ref)));
            case "spp-placement-group-create":
                return withBody(body, SppPlacementGroupCreate.class).map(CodeAction.CreateSppPlacementGroup::new);
            case "spp-placement-group-delete":
                return withRef(ref, Optional.of(new CodeAction.DeleteSppPlacementGroup(ref)));
            case "member-create":
            case "member-delete":
                return member(path, kind.endsWith("-create"), body);
            default:
                return power(kind, ref);
        }
    }

    /** A placement group's server ({@code {"id"}} in the body) or an SPP placement group's pool (in the path). */
    private static Optional<CodeAction> member(String path, boolean add, JsonNode body) {
        String sppGroup = after(path, "spp-placement-groups");
        if (sppGroup != null) {
            String pool = after(path, "members");
            return pool == null ? Optional.empty() : Optional.of(new CodeAction.SppPlacementGroupMember(
                    new CodeAction.Ref(sppGroup, null), new CodeAction.Ref(pool, null), add));
        }
        String group = after(path, "placement-groups");
        String server = body == null ? null : body.path("id").asText(null);
        return group == null || server == null ? Optional.empty() : Optional.of(new CodeAction.PlacementGroupMember(
                new CodeAction.Ref(group, null), new CodeAction.Ref(server, null), add));
    }

    private static Optional<CodeAction> power(String kind, CodeAction.Ref ref) {
        if (ref == null || !kind.startsWith("instance-")) {
            return Optional.empty();
        }
        String wire = kind.substring("instance-".length());
        return Arrays.stream(InstanceAction.values()).filter(a -> a.wireValue().equals(wire)).findFirst()
                .map(a -> new CodeAction.InstancePower(ref, a));
    }

    /**
     * The body with each storage key the request carried (named in the essentials, never its value) set to a
     * stand-in, so the code shows the key placeholders the dialog showed.
     */
    private static JsonNode withKeysMarked(JournalEntry entry, JsonNode body) {
        String withheld = entry.essentials().get(RequestDescriber.WITHHELD);
        if (withheld == null || body == null || !body.isObject()) {
            return body;
        }
        com.fasterxml.jackson.databind.node.ObjectNode marked = body.deepCopy();
        for (String field : withheld.split(",")) {
            if (field.toLowerCase(java.util.Locale.ROOT).endsWith("key")) {
                marked.put(field, "withheld");
            }
        }
        return marked;
    }

    private static <T> Optional<T> withRef(CodeAction.Ref ref, Optional<T> action) {
        return ref == null ? Optional.empty() : action;
    }

    private static <T> Optional<T> withBody(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.treeToValue(body, type));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static String instanceIn(String path) {
        return after(path, "pvm-instances");
    }

    /** The path segment that follows {@code noun} (still URL-encoded as recorded), or null. */
    private static String after(String path, String noun) {
        String[] parts = path == null ? new String[0] : path.split("\\?")[0].split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].equals(noun)) {
                return java.net.URLDecoder.decode(parts[i + 1].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
