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
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.code.GeneratedCode;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Copy as code for a journal entry: the recorded request as the same {@code ibmcloud pi} command,
 * curl and Terraform the action's dialog offered. Secrets were never recorded, so user data, storage
 * keys and key material are missing from the result (the renderers put placeholders where they must).
 * Empty for requests the generator has no form for (and for entries written before bodies were kept).
 */
public final class JournalCode {

    private static final ObjectMapper JSON = JsonMapper.create();

    private final CodeGenerator generator;

    public JournalCode(CodeGenerator generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    public Optional<GeneratedCode> of(JournalEntry entry) {
        try {
            return action(entry).map(action -> generator.generate(target(entry), action));
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
        JournalTarget t = entry.target();
        if (t == null || t.crn() == null) {
            return Optional.empty();
        }
        JsonNode body = entry.body();
        CodeAction.Ref ref = t.resourceId() == null || t.resourceId().isBlank() ? null
                : new CodeAction.Ref(t.resourceId(), t.resourceName());
        String kind = entry.action();
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
                return withRef(ref, withBody(body, PvmInstanceCapture.class)
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
                return withBody(body, CreateImage.class).map(CodeAction.ImportImage::new);
            case "image-delete":
                return withRef(ref, Optional.of(new CodeAction.DeleteImage(ref)));
            default:
                return power(kind, ref);
        }
    }

    private static Optional<CodeAction> power(String kind, CodeAction.Ref ref) {
        if (ref == null || !kind.startsWith("instance-")) {
            return Optional.empty();
        }
        String wire = kind.substring("instance-".length());
        return Arrays.stream(InstanceAction.values()).filter(a -> a.wireValue().equals(wire)).findFirst()
                .map(a -> new CodeAction.InstancePower(ref, a));
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
        String[] parts = path == null ? new String[0] : path.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].equals("pvm-instances")) {
                return parts[i + 1];
            }
        }
        return null;
    }
}
