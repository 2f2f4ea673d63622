package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.InstanceSpec;
import com.pvsconsole.sim.state.ResourceFactory;
import com.pvsconsole.sim.state.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Listing, reading, creating, resizing and deleting pvm-instances, and their console. */
final class InstanceRoutes {

    static final String BASE = "/pcloud/v1/cloud-instances/{cloud_instance_id}/pvm-instances";
    static final String ONE = BASE + "/{pvm_instance_id}";

    private final SimContext ctx;
    private final InstanceBuilder builder;

    InstanceRoutes(SimContext ctx) {
        this.ctx = ctx;
        this.builder = new InstanceBuilder(ctx);
    }

    void register(RouteTable table) {
        table.add("GET", BASE, this::list)
                .add("POST", BASE, this::create)
                .add("GET", ONE, this::get)
                .add("PUT", ONE, this::update)
                .add("DELETE", ONE, this::delete)
                .add("POST", ONE + "/console", this::console)
                .add("GET", ONE + "/console", this::consoleLanguages)
                .add("PUT", ONE + "/console", this::updateConsoleLanguage)
                .add("GET", ONE + "/networks", this::networks)
                .add("POST", "/pcloud/v1/cloud-instances/{cloud_instance_id}/sap", this::createSap);
    }

    static ObjectNode reference(SimContext ctx, Workspace ws, ObjectNode instance) {
        return ctx.reference(ws, instance, "PVMInstanceReference", "pvm-instances", "pvmInstanceID");
    }

    private Reply list(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("pvmInstances");
        ws.instances.values().forEach(inst -> list.add(reference(ctx, ws, inst)));
        return Reply.ok(body);
    }

    private Reply get(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        return Reply.ok(ws.instance(req.param("pvm_instance_id")));
    }

    /** The pool a create names: dedicated cores cannot join, and the pool must have the cores left. */
    private static ObjectNode pool(Workspace ws, JsonNode body, String procType, double processors, int count) {
        String wanted = body.get("sharedProcessorPool").asText();
        ObjectNode pool = ws.sharedProcessorPools.values().stream()
                .filter(p -> p.get("id").asText().equals(wanted) || p.get("name").asText().equals(wanted))
                .findFirst().orElseThrow(() -> ApiException.unprocessable("shared processor pool " + wanted
                        + " does not exist in this workspace"));
        if (procType.equals("dedicated")) {
            throw ApiException.unprocessable("dedicated processors cannot run in a shared processor pool");
        }
        if (pool.get("availableCores").asDouble() < processors * count) {
            throw ApiException.unprocessable("shared processor pool " + pool.get("name").asText() + " has only "
                    + pool.get("availableCores").asDouble() + " cores left");
        }
        return pool;
    }

    /** IBM i licences (CSS, PHA, RDS...) only apply to IBM i. */
    private static void requireIbmi(ObjectNode inst) {
        if (!inst.path("osType").asText().equalsIgnoreCase("ibmi")) {
            throw ApiException.unprocessable("software licences apply to IBM i instances only");
        }
    }

    private Reply networks(SimRequest req) {
        ObjectNode inst = ctx.workspace(req).instance(req.param("pvm_instance_id"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("networks", inst.get("networks").deepCopy());
        return Reply.ok(body);
    }

    private Reply create(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        JsonNode body = req.body();
        String name = body.get("serverName").asText();
        String imageId = body.get("imageID").asText();
        ObjectNode image = ws.images.containsKey(imageId) ? ws.images.get(imageId) : ctx.state().stockImages.get(imageId);
        if (image == null) {
            throw ApiException.badRequest("imageID " + imageId + " is neither an image of this workspace nor a stock image");
        }
        String procType = body.get("procType").asText();
        double processors = body.get("processors").asDouble();
        double memory = body.get("memory").asDouble();
        InstanceRules.checkSize(procType, processors, memory);
        String sysType = body.path("sysType").asText(ws.systemTypes().get(0));
        if (!ws.systemTypes().contains(sysType)) {
            throw ApiException.unprocessable("sysType " + sysType + " is not available here; use one of "
                    + ws.systemTypes());
        }
        if (body.path("userData").asText("").length() > 63 * 1024) {
            throw ApiException.unprocessable("userData must not exceed 63K once base64-encoded, was "
                    + body.get("userData").asText().length() + " bytes");
        }
        if (body.hasNonNull("keyPairName") && !ctx.state().sshKeys.containsKey(body.get("keyPairName").asText())) {
            throw ApiException.badRequest("keyPairName " + body.get("keyPairName").asText() + " is not an SSH key of this account");
        }
        List<String> networkIds = networkIds(ws, body);
        List<String> volumeIds = volumeIds(ws, body);
        int count = body.path("replicants").asInt(1);
        List<String> names = names(name, count, body.path("replicantNamingScheme").asText("suffix"));
        for (String n : names) {
            boolean taken = ws.instances.values().stream().anyMatch(i -> i.get("serverName").asText().equals(n));
            if (taken) {
                throw ApiException.conflict("an instance named " + n + " already exists in this workspace");
            }
        }
        ObjectNode pool = body.hasNonNull("sharedProcessorPool") ? pool(ws, body, procType, processors, names.size())
                : null;
        ObjectNode group = body.hasNonNull("placementGroup") ? ws.placementGroup(body.get("placementGroup").asText())
                : null;
        if (group != null && names.size() > 1) {
            throw ApiException.unprocessable("a placement group applies to single-instance creates only");
        }
        boolean licences = body.has("softwareLicenses");
        ArrayNode created = JsonNodeFactory.instance.arrayNode();
        String osType = image.path("specifications").path("operatingSystem").asText("aix");
        String storageType = body.path("storageType").asText(image.path("storageType").asText("tier3"));
        if (body.hasNonNull("storageType") && !ws.storageTiers().contains(storageType)) {
            throw ApiException.unprocessable("storageType " + storageType + " is not offered here; use one of "
                    + ws.storageTiers());
        }
        for (String n : names) {
            InstanceSpec spec = new InstanceSpec(ctx.ids().uuid(), n, imageId, osType, processors, memory, procType,
                    sysType, storageType, "BUILD", "WARNING", ctx.now());
            ObjectNode inst = builder.create(ws, spec, networkIds, names.size() == 1 ? fixedIps(ws, body)
                    : java.util.Map.of(), names.size() == 1 ? volumeIds : List.of());
            if (licences) {
                requireIbmi(inst);
                inst.set("softwareLicenses", body.get("softwareLicenses").deepCopy());
            }
            if (pool != null) {
                PoolRoutes.join(pool, inst);
            }
            if (group != null) {
                PoolRoutes.join(ws, group, inst);
            }
            created.add(inst);
        }
        return Reply.created(created);
    }

    /**
     * {@code POST .../sap}: one instance sized by the profile (dedicated cores), from an SAP image, on a system
     * type the profile supports and the workspace offers.
     */
    private Reply createSap(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        JsonNode body = req.body();
        String name = body.get("name").asText();
        String imageId = body.get("imageID").asText();
        ObjectNode image = ws.images.containsKey(imageId) ? ws.images.get(imageId) : ctx.state().stockImages.get(imageId);
        if (image == null) {
            throw ApiException.badRequest("imageID " + imageId + " is neither an image of this workspace nor a stock image");
        }
        if (!image.path("name").asText().toUpperCase(java.util.Locale.ROOT).contains("SAP")) {
            throw ApiException.unprocessable("image " + image.path("name").asText() + " is not an SAP image");
        }
        String profileId = body.get("profileID").asText();
        JsonNode profile = null;
        for (JsonNode p : CatalogRoutes.sapCatalog()) {
            if (p.get("profileID").asText().equals(profileId)) {
                profile = p;
            }
        }
        if (profile == null) {
            throw ApiException.unprocessable("SAP profile " + profileId + " does not exist");
        }
        String sysType = body.path("sysType").asText(profile.get("defaultSystem").asText());
        if (!ws.systemTypes().contains(sysType)) {
            throw ApiException.unprocessable("sysType " + sysType + " is not available here; use one of "
                    + ws.systemTypes());
        }
        if (ws.instances.values().stream().anyMatch(i -> i.get("serverName").asText().equals(name))) {
            throw ApiException.conflict("an instance named " + name + " already exists in this workspace");
        }
        List<String> networkIds = networkIds(ws, body);
        String osType = image.path("specifications").path("operatingSystem").asText("sles");
        String storageType = body.path("storageType").asText(image.path("storageType").asText("tier1"));
        InstanceSpec spec = new InstanceSpec(ctx.ids().uuid(), name, imageId, osType, profile.get("cores").asDouble(),
                profile.get("memory").asDouble(), "dedicated", sysType, storageType, "BUILD", "WARNING", ctx.now());
        ObjectNode inst = builder.create(ws, spec, networkIds, fixedIps(ws, body), volumeIds(ws, body));
        inst.putObject("sapProfile").put("profileID", profileId)
                .put("href", "/pcloud/v1/cloud-instances/" + ws.id() + "/sap/" + profileId);
        ArrayNode created = JsonNodeFactory.instance.arrayNode();
        created.add(inst);
        return Reply.created(created);
    }

    private List<String> networkIds(Workspace ws, JsonNode body) {
        Set<String> ids = new LinkedHashSet<>();
        body.path("networkIDs").forEach(id -> ids.add(id.asText()));
        body.path("networks").forEach(n -> ids.add(n.path("networkID").asText()));
        if (ids.isEmpty()) {
            throw ApiException.badRequest("at least one network is required (networks or networkIDs)");
        }
        for (String id : ids) {
            if (!ws.networks.containsKey(id)) {
                throw ApiException.badRequest("network " + id + " does not exist in this workspace");
            }
        }
        return new ArrayList<>(ids);
    }

    /** Requested fixed addresses by network id; each must be free on its network (the service answers 400). */
    private static java.util.Map<String, String> fixedIps(Workspace ws, JsonNode body) {
        java.util.Map<String, String> ips = new java.util.HashMap<>();
        for (JsonNode n : body.path("networks")) {
            String ip = n.path("ipAddress").asText("");
            if (ip.isEmpty()) {
                continue;
            }
            String networkId = n.path("networkID").asText();
            boolean taken = ws.portsOf(networkId).values().stream().anyMatch(p -> p.path("ipAddress").asText().equals(ip));
            if (taken) {
                throw ApiException.badRequest("ipAddress " + ip + " is already in use on network " + networkId);
            }
            ips.put(networkId, ip);
        }
        return ips;
    }

    private List<String> volumeIds(Workspace ws, JsonNode body) {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : body.path("volumeIDs")) {
            ObjectNode volume = ws.volumes.get(id.asText());
            if (volume == null) {
                throw ApiException.badRequest("volume " + id.asText() + " does not exist in this workspace");
            }
            if (!volume.get("state").asText().equals("available")) {
                throw ApiException.conflict("volume " + id.asText() + " is " + volume.get("state").asText() + ", not available");
            }
            ids.add(id.asText());
        }
        return ids;
    }

    private static List<String> names(String name, int count, String scheme) {
        if (count <= 1) {
            return List.of(name);
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(scheme.equals("prefix") ? i + "-" + name : name + "-" + i);
        }
        return names;
    }

    private Reply update(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        JsonNode body = req.body();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        boolean resize = body.has("processors") || body.has("memory") || body.has("procType");
        if (resize) {
            InstanceRules.requireSettled(inst);
            String procType = body.path("procType").asText(inst.get("procType").asText());
            double processors = body.path("processors").asDouble(inst.get("processors").asDouble());
            double memory = body.path("memory").asDouble(inst.get("memory").asDouble());
            InstanceRules.checkSize(procType, processors, memory);
            builder.resize(ws, inst, procType, processors, memory);
            answer.put("procType", procType);
            answer.put("processors", processors);
            answer.put("memory", memory);
        }
        if (body.has("softwareLicenses")) {
            requireIbmi(inst);
            inst.set("softwareLicenses", body.get("softwareLicenses").deepCopy());
            ctx.events().info(ws, "pvm-instance", "update", "Changed IBM i licences of " + inst.get("serverName").asText());
        }
        if (body.hasNonNull("serverName")) {
            String old = inst.get("serverName").asText();
            inst.put("serverName", body.get("serverName").asText());
            ctx.events().info(ws, "pvm-instance", "update", "Renamed instance " + old + " to " + body.get("serverName").asText());
        }
        inst.put("updatedDate", ctx.now());
        answer.put("serverName", inst.get("serverName").asText());
        answer.put("statusUrl", ws.href("pvm-instances", inst.get("pvmInstanceID").asText()));
        return Reply.accepted(answer);
    }

    private Reply delete(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        if (inst.get("status").asText().equals("DELETING")) {
            throw ApiException.conflict("instance " + inst.get("serverName").asText() + " is already being deleted");
        }
        String instanceId = inst.get("pvmInstanceID").asText();
        if (ws.snapshots.values().stream().anyMatch(s -> s.get("pvmInstanceID").asText().equals(instanceId))) {
            throw ApiException.conflict("instance " + inst.get("serverName").asText()
                    + " has snapshots; delete them before deleting the instance");
        }
        builder.delete(ws, inst, req.queryFlag("delete_data_volumes"));
        return Reply.emptyObject(200);
    }

    private Reply console(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        String status = inst.get("status").asText();
        if (status.equals("BUILD") || status.equals("DELETING")) {
            throw ApiException.conflict("the console is not available while the instance is " + status);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("consoleURL", "https://" + ws.zone() + ".console.power-iaas.cloud.ibm.com/console/index.html?token="
                + ctx.ids().hex(32) + "&instance=" + inst.get("pvmInstanceID").asText());
        ctx.events().info(ws, "pvm-instance", "console", "Console URL generated for " + inst.get("serverName").asText());
        return Reply.created(body);
    }

    private Reply consoleLanguages(SimRequest req) {
        ctx.workspace(req).instance(req.param("pvm_instance_id"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode langs = body.putArray("consoleLanguages");
        langs.addObject().put("code", "037").put("language", "English (US)");
        langs.addObject().put("code", "273").put("language", "German");
        langs.addObject().put("code", "930").put("language", "Japanese");
        return Reply.ok(body);
    }

    /** Sets the IBM i console language; every open console session ends (they share one VTERM). */
    private Reply updateConsoleLanguage(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        String code = req.body().get("code").asText();
        JsonNode offered = consoleLanguages(req).body().get("consoleLanguages");
        for (JsonNode language : offered) {
            if (language.get("code").asText().equals(code)) {
                inst.set("consoleLanguage", language.deepCopy());
                ctx.events().info(ws, "pvm-instance", "console", "Console language of " + inst.get("serverName").asText()
                        + " set to " + language.get("language").asText());
                return Reply.ok(language.deepCopy());
            }
        }
        // The definition lists no 422 here.
        throw ApiException.badRequest("console language " + code + " is not offered for this instance");
    }

    static void setStatus(ObjectNode inst, String status, String health, String when) {
        inst.put("status", status);
        inst.put("updatedDate", when);
        ResourceFactory.setHealth(inst, health, when);
    }
}
