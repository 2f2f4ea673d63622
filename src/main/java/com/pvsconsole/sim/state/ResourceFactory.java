package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Builds resources shaped like the definition's full models (PVMInstance, Volume, Network,
 * NetworkPort, Image) and keeps their derived fields (addresses, volume lists, disk size) in step.
 */
public final class ResourceFactory {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final IdSource ids;

    public ResourceFactory(IdSource ids) {
        this.ids = ids;
    }

    public ObjectNode instance(Workspace ws, InstanceSpec spec) {
        ObjectNode n = JSON.objectNode();
        n.put("pvmInstanceID", spec.id());
        n.put("serverName", spec.name());
        n.put("imageID", spec.imageId());
        n.put("osType", spec.osType());
        n.put("operatingSystem", operatingSystem(spec.osType()));
        n.put("processors", spec.processors());
        n.put("minproc", Math.min(spec.processors(), 0.25));
        n.put("maxproc", Math.max(spec.processors() * 2, 1));
        n.put("memory", spec.memory());
        n.put("minmem", Math.min(spec.memory(), 2));
        n.put("maxmem", spec.memory() * 2);
        n.put("procType", spec.procType());
        n.put("sysType", spec.sysType());
        n.put("storageType", spec.storageType());
        n.put("storagePool", "Tier" + (spec.storageType().endsWith("1") ? "1" : "3") + "-Flash-1");
        n.put("storageConnection", "vSCSI");
        n.put("pinPolicy", "none");
        n.put("status", spec.status());
        n.put("progress", spec.status().equals("BUILD") ? 0.0 : 100.0);
        n.put("diskSize", 0.0);
        n.put("creationDate", spec.created());
        n.put("updatedDate", spec.created());
        n.put("crn", ws.resourceCrn("pvm-instance", spec.id()));
        n.putArray("networkIDs");
        n.putArray("networks");
        n.putArray("addresses");
        n.putArray("volumeIDs");
        setHealth(n, spec.healthStatus(), spec.created());
        return n;
    }

    public static void setHealth(ObjectNode instance, String status, String when) {
        ObjectNode health = instance.putObject("health");
        health.put("status", status);
        health.put("lastUpdate", when);
        health.put("reason", "");
    }

    public void connect(Workspace ws, ObjectNode instance, ObjectNode network, String ip, String mac) {
        ObjectNode address = JSON.objectNode();
        address.put("networkID", network.get("networkID").asText());
        address.put("networkName", network.get("name").asText());
        address.put("ip", ip);
        address.put("ipAddress", ip);
        address.put("macAddress", mac);
        address.put("type", "fixed");
        address.put("version", 4.0);
        address.put("href", ws.href("networks", network.get("networkID").asText()));
        if (network.path("type").asText().equals("pub-vlan")) {
            address.put("externalIP", "52.116." + ids.nextInt(250) + "." + (2 + ids.nextInt(250)));
        }
        ((ArrayNode) instance.get("networkIDs")).add(network.get("networkID").asText());
        ((ArrayNode) instance.get("networks")).add(address);
        ((ArrayNode) instance.get("addresses")).add(address.deepCopy());
    }

    public ObjectNode volume(Workspace ws, String id, String name, double size, String diskType, boolean bootable,
                             String state, String created) {
        ObjectNode v = JSON.objectNode();
        v.put("volumeID", id);
        v.put("name", name);
        v.put("size", size);
        v.put("diskType", diskType);
        v.put("volumeType", diskType + "-" + ids.hex(6));
        v.put("volumePool", "Tier" + (diskType.endsWith("1") ? "1" : "3") + "-Flash-1");
        v.put("bootable", bootable);
        v.put("bootVolume", false);
        v.put("shareable", false);
        v.put("deleteOnTermination", true);
        v.put("state", state);
        v.put("wwn", "600507681081" + ids.hex(20).toUpperCase(Locale.ROOT));
        v.put("creationDate", created);
        v.put("lastUpdateDate", created);
        v.put("crn", ws.resourceCrn("volume", id));
        v.putArray("pvmInstanceIDs");
        return v;
    }

    /** Attaches a volume: it becomes in-use and the instance counts its size. */
    public static void attach(ObjectNode instance, ObjectNode volume, boolean boot, String when) {
        ((ArrayNode) instance.get("volumeIDs")).add(volume.get("volumeID").asText());
        ((ArrayNode) volume.get("pvmInstanceIDs")).add(instance.get("pvmInstanceID").asText());
        volume.put("state", "in-use");
        volume.put("bootVolume", boot);
        volume.put("lastUpdateDate", when);
        instance.put("diskSize", instance.get("diskSize").asDouble() + volume.get("size").asDouble());
    }

    public static void detach(ObjectNode instance, ObjectNode volume, String when) {
        remove((ArrayNode) instance.get("volumeIDs"), volume.get("volumeID").asText());
        remove((ArrayNode) volume.get("pvmInstanceIDs"), instance.get("pvmInstanceID").asText());
        if (volume.get("pvmInstanceIDs").isEmpty()) {
            volume.put("state", "available");
            volume.put("bootVolume", false);
        }
        volume.put("lastUpdateDate", when);
        instance.put("diskSize", Math.max(0, instance.get("diskSize").asDouble() - volume.get("size").asDouble()));
    }

    public ObjectNode network(Workspace ws, String id, String name, String type, int vlanId, String cidr,
                              String gateway, Iterable<String> dnsServers) {
        ObjectNode n = JSON.objectNode();
        n.put("networkID", id);
        n.put("name", name);
        n.put("type", type);
        n.put("vlanID", (double) vlanId);
        n.put("cidr", cidr);
        n.put("gateway", gateway);
        n.put("mtu", 1450);
        n.put("jumbo", false);
        n.put("crn", ws.resourceCrn("network", id));
        ArrayNode dns = n.putArray("dnsServers");
        dnsServers.forEach(dns::add);
        ObjectNode range = n.putArray("ipAddressRanges").addObject();
        int size = Ipv4.hosts(cidr);
        range.put("startingIPAddress", Ipv4.host(cidr, 2));
        range.put("endingIPAddress", Ipv4.host(cidr, size));
        ObjectNode metrics = n.putObject("ipAddressMetrics");
        metrics.put("total", (double) Math.max(0, size - 1));
        metrics.put("used", 0.0);
        metrics.put("available", (double) Math.max(0, size - 1));
        metrics.put("utilization", 0.0);
        return n;
    }

    public ObjectNode port(String portId, String ip, String mac, String description, String href) {
        ObjectNode p = JSON.objectNode();
        p.put("portID", portId);
        p.put("ipAddress", ip);
        p.put("macAddress", mac);
        p.put("description", description);
        p.put("status", "DOWN");
        p.put("href", href);
        return p;
    }

    public String mac() {
        return "fa:16:3e:" + ids.hex(2) + ":" + ids.hex(2) + ":" + ids.hex(2);
    }

    public ObjectNode image(String id, String name, String osType, String description, String state, String created,
                            String storageType) {
        ObjectNode i = JSON.objectNode();
        i.put("imageID", id);
        i.put("name", name);
        i.put("description", description);
        i.put("state", state);
        i.put("size", osType.equals("ibmi") ? 80.0 : 20.0);
        i.put("maxImageVolumeSize", osType.equals("ibmi") ? 80.0 : 120.0);
        i.put("storageType", storageType);
        i.put("storagePool", "Tier" + (storageType.endsWith("1") ? "1" : "3") + "-Flash-1");
        i.put("creationDate", created);
        i.put("lastUpdateDate", created);
        ObjectNode spec = i.putObject("specifications");
        spec.put("architecture", "ppc64");
        spec.put("containerFormat", "bare");
        spec.put("diskFormat", "raw");
        spec.put("endianness", osType.equals("rhel") || osType.equals("sles") ? "little-endian" : "big-endian");
        spec.put("hypervisorType", "phyp");
        spec.put("imageType", "stock");
        spec.put("operatingSystem", osType);
        return i;
    }

    public static String operatingSystem(String osType) {
        return switch (osType) {
            case "aix" -> "AIX";
            case "ibmi" -> "IBM i";
            case "rhel" -> "Red Hat Enterprise Linux";
            case "sles" -> "SUSE Linux Enterprise Server";
            default -> osType;
        };
    }

    private static void remove(ArrayNode array, String value) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
            }
        }
    }
}
