package com.pvsconsole.service.code;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.api.model.ConsoleLanguage;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.PvmInstanceAction;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The request the console's client ({@code OkHttpPowerVsClient}) sends for an action: the same paths,
 * the same query and the same Jackson set-up for the body. Cloud Object Storage keys are the one
 * difference: they are replaced by placeholders, because copied code must never carry a secret.
 */
public final class ApiRequests {

    public static final String ACCESS_KEY_PLACEHOLDER = "<COS_ACCESS_KEY>";
    public static final String SECRET_KEY_PLACEHOLDER = "<COS_SECRET_KEY>";

    /**
     * Stands, in a later request's path, for the id of the network interface the first request creates:
     * renderers turn it into a shell variable set from the first answer.
     */
    public static final String NEW_INTERFACE_ID = "{network_interface_id}";

    private final ObjectMapper json = JsonMapper.create();

    /**
     * Every request of the action, in the order the console sends them: one for all actions but adding a
     * network to a server (create the interface, then attach it) and removing it (detach, then delete).
     */
    public List<ApiRequest> all(CodeTarget target, CodeAction action) {
        ApiRequest first = of(target, action);
        if (action instanceof CodeAction.AddNetworkInterface a) {
            return List.of(first, request("PUT", Map.of(), body(NetworkInterfaceUpdate.attachTo(a.instance().id())),
                    "v1", "networks", a.network().id(), "network-interfaces").withLastSegment(NEW_INTERFACE_ID));
        }
        if (action instanceof CodeAction.RemoveNetworkInterface r) {
            return List.of(first, request("DELETE", Map.of(), null, "v1", "networks", r.network().id(),
                    "network-interfaces", r.networkInterface().id()));
        }
        return List.of(first);
    }

    /** The action's first (for most actions its only) request: see {@link #all}. */
    public ApiRequest of(CodeTarget target, CodeAction action) {
        String ws = target.workspaceId();
        String tenant = target.crn().accountId();
        return action.accept(new CodeAction.Visitor<>() {
            @Override
            public ApiRequest visit(CodeAction.CreateInstance a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws,
                        "pvm-instances");
            }

            @Override
            public ApiRequest visit(CodeAction.InstancePower a) {
                return post(body(new PvmInstanceAction(a.action().wireValue())), "pcloud",
                        "v1", "cloud-instances", ws, "pvm-instances", a.instance().id(), "action");
            }

            @Override
            public ApiRequest visit(CodeAction.ResizeInstance a) {
                return request("PUT", Map.of(), body(a.request()), "pcloud", "v1",
                        "cloud-instances", ws, "pvm-instances", a.instance().id());
            }

            @Override
            public ApiRequest visit(CodeAction.DeleteInstance a) {
                return request("DELETE",
                        Map.of("delete_data_volumes", String.valueOf(a.deleteDataVolumes())), null, "pcloud", "v1",
                        "cloud-instances", ws, "pvm-instances", a.instance().id());
            }

            @Override
            public ApiRequest visit(CodeAction.CaptureInstance a) {
                return post(body(withoutKeys(a.request())), "pcloud", "v2",
                        "cloud-instances", ws, "pvm-instances", a.instance().id(), "capture");
            }

            @Override
            public ApiRequest visit(CodeAction.CreateVolume a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws,
                        "volumes");
            }

            @Override
            public ApiRequest visit(CodeAction.AttachVolume a) {
                return post(null, "pcloud", "v1", "cloud-instances", ws, "pvm-instances",
                        a.instance().id(), "volumes", a.volume().id());
            }

            @Override
            public ApiRequest visit(CodeAction.DetachVolume a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances",
                        ws, "pvm-instances", a.instance().id(), "volumes", a.volume().id());
            }

            @Override
            public ApiRequest visit(CodeAction.UpdateVolume a) {
                return request("PUT", Map.of(), body(a.request()), "pcloud", "v1", "cloud-instances", ws,
                        "volumes", a.volume().id());
            }

            @Override
            public ApiRequest visit(CodeAction.ChangeVolumeTier a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws, "volumes", a.volume().id(),
                        "action");
            }

            @Override
            public ApiRequest visit(CodeAction.CloneVolumes a) {
                return post(body(a.request()), "pcloud", "v2", "cloud-instances", ws, "volumes", "clone");
            }

            @Override
            public ApiRequest visit(CodeAction.CreateSnapshot a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws, "pvm-instances",
                        a.instance().id(), "snapshots");
            }

            @Override
            public ApiRequest visit(CodeAction.RestoreSnapshot a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws, "pvm-instances",
                        a.instance().id(), "snapshots", a.snapshot().id(), "restore");
            }

            @Override
            public ApiRequest visit(CodeAction.DeleteSnapshot a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances", ws, "snapshots",
                        a.snapshot().id());
            }

            @Override
            public ApiRequest visit(CodeAction.DeleteVolume a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances",
                        ws, "volumes", a.volume().id());
            }

            @Override
            public ApiRequest visit(CodeAction.CreateNetwork a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws,
                        "networks");
            }

            @Override
            public ApiRequest visit(CodeAction.DeleteNetwork a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances",
                        ws, "networks", a.network().id());
            }

            @Override
            public ApiRequest visit(CodeAction.CreateSshKey a) {
                return post(body(a.key()), "pcloud", "v1", "tenants", tenant, "sshkeys");
            }

            @Override
            public ApiRequest visit(CodeAction.DeleteSshKey a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "tenants", tenant,
                        "sshkeys", a.keyName());
            }

            @Override
            public ApiRequest visit(CodeAction.ImportImage a) {
                return post(body(withoutKeys(a.request())), "pcloud", "v1", "cloud-instances",
                        ws, "images");
            }

            @Override
            public ApiRequest visit(CodeAction.DeleteImage a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances",
                        ws, "images", a.image().id());
            }

            @Override
            public ApiRequest visit(CodeAction.AddNetworkInterface a) {
                return post(body(a.request()), "v1", "networks", a.network().id(), "network-interfaces");
            }

            @Override
            public ApiRequest visit(CodeAction.RemoveNetworkInterface a) {
                return request("PUT", Map.of(), body(NetworkInterfaceUpdate.detach()), "v1", "networks",
                        a.network().id(), "network-interfaces", a.networkInterface().id());
            }

            @Override
            public ApiRequest visit(CodeAction.SetConsoleLanguage a) {
                return request("PUT", Map.of(), body(new ConsoleLanguage(a.code(), null)), "pcloud", "v1",
                        "cloud-instances", ws, "pvm-instances", a.instance().id(), "console");
            }

            @Override
            public ApiRequest visit(CodeAction.CreatePool a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws, "shared-processor-pools");
            }

            @Override
            public ApiRequest visit(CodeAction.ResizePool a) {
                return request("PUT", Map.of(), body(a.request()), "pcloud", "v1", "cloud-instances", ws,
                        "shared-processor-pools", a.pool().id());
            }

            @Override
            public ApiRequest visit(CodeAction.DeletePool a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances", ws,
                        "shared-processor-pools", a.pool().id());
            }

            @Override
            public ApiRequest visit(CodeAction.CreatePlacementGroup a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws, "placement-groups");
            }

            @Override
            public ApiRequest visit(CodeAction.DeletePlacementGroup a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances", ws, "placement-groups",
                        a.group().id());
            }

            @Override
            public ApiRequest visit(CodeAction.PlacementGroupMember a) {
                return request(a.add() ? "POST" : "DELETE", Map.of(), body(a.body()), "pcloud", "v1",
                        "cloud-instances", ws, "placement-groups", a.group().id(), "members");
            }

            @Override
            public ApiRequest visit(CodeAction.CreateSppPlacementGroup a) {
                return post(body(a.request()), "pcloud", "v1", "cloud-instances", ws, "spp-placement-groups");
            }

            @Override
            public ApiRequest visit(CodeAction.DeleteSppPlacementGroup a) {
                return request("DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances", ws,
                        "spp-placement-groups", a.group().id());
            }

            @Override
            public ApiRequest visit(CodeAction.SppPlacementGroupMember a) {
                return request(a.add() ? "POST" : "DELETE", Map.of(), null, "pcloud", "v1", "cloud-instances", ws,
                        "spp-placement-groups", a.group().id(), "members", a.pool().id());
            }

            @Override
            public ApiRequest visit(CodeAction.Existing a) {
                String id = a.object().id();
                if (a.definition() instanceof CodeAction.CreateSppPlacementGroup) {
                    return get("pcloud", "v1", "cloud-instances", ws, "spp-placement-groups", id);
                }
                if (a.definition() instanceof CodeAction.CreatePlacementGroup) {
                    return get("pcloud", "v1", "cloud-instances", ws, "placement-groups", id);
                }
                if (a.definition() instanceof CodeAction.CreatePool) {
                    return get("pcloud", "v1", "cloud-instances", ws, "shared-processor-pools", id);
                }
                if (a.definition() instanceof CodeAction.AddNetworkInterface nic) {
                    return get("v1", "networks", nic.network().id(), "network-interfaces", id);
                }
                if (a.definition() instanceof CodeAction.CreateSnapshot) {
                    return get("pcloud", "v1", "cloud-instances", ws, "snapshots", id);
                }
                if (a.definition() instanceof CodeAction.CreateInstance) {
                    return get("pcloud", "v1", "cloud-instances", ws, "pvm-instances", id);
                }
                if (a.definition() instanceof CodeAction.CreateVolume) {
                    return get("pcloud", "v1", "cloud-instances", ws, "volumes", id);
                }
                if (a.definition() instanceof CodeAction.CreateNetwork) {
                    return get("pcloud", "v1", "cloud-instances", ws, "networks", id);
                }
                if (a.definition() instanceof CodeAction.ImportImage) {
                    return get("pcloud", "v1", "cloud-instances", ws, "images", id);
                }
                return get("pcloud", "v1", "tenants", tenant, "sshkeys", id);
            }
        });
    }

    /** The body as the client serialises it (absent fields left out). */
    String body(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static PvmInstanceCapture withoutKeys(PvmInstanceCapture c) {
        return new PvmInstanceCapture(c.captureDestination(), c.captureName(), c.captureVolumeIDs(), c.checksum(),
                c.cloudStorageAccessKey() == null ? null : ACCESS_KEY_PLACEHOLDER, c.cloudStorageImagePath(),
                c.cloudStorageRegion(), c.cloudStorageSecretKey() == null ? null : SECRET_KEY_PLACEHOLDER,
                c.userTags());
    }

    static CreateImage withoutKeys(CreateImage i) {
        return new CreateImage(i.accessKey() == null ? null : ACCESS_KEY_PLACEHOLDER, i.bucketName(), i.diskType(),
                i.imageFilename(), i.imageID(), i.imageName(), i.imagePath(), i.osType(), i.region(),
                i.secretKey() == null ? null : SECRET_KEY_PLACEHOLDER, i.source(), i.storageAffinity(),
                i.storagePool(), i.userTags());
    }

    private static ApiRequest get(String... segments) {
        return request("GET", Map.of(), null, segments);
    }

    private static ApiRequest post(String body, String... segments) {
        return request("POST", Map.of(), body, segments);
    }

    /** Segments are encoded the way OkHttp's {@code addPathSegment} encodes them for the client. */
    private static ApiRequest request(String method, Map<String, String> query, String body, String... segments) {
        HttpUrl.Builder url = new HttpUrl.Builder().scheme("https").host("h");
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return new ApiRequest(method, url.build().encodedPath(), new LinkedHashMap<>(query), body);
    }
}
