package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills one generated workspace with a {@link ScalePlan}'s counts: images imported from the
 * stock, networks with their own CIDR blocks, instances plugged into them (one in ten into a
 * second network), a boot volume per instance while volumes last, then data volumes, most
 * attached to a random instance and the rest available.
 */
final class WorkspaceFiller {

    private static final double[] DATA_SIZES = {10, 50, 100, 250, 500, 1000, 2000};
    private static final String[] PURPOSES = {"prod", "dev", "backup", "mgmt", "sap"};
    /** Addresses a network keeps free above its generated ports, so a new instance still fits. */
    private static final int SPARE_ADDRESSES = 20;
    /** NetworkWiring hands out addresses from the 10th host on. */
    private static final int FIRST_HOST = 10;

    private final ResourceFactory factory;
    private final NetworkWiring wiring;
    private final IdSource ids;
    private final InstanceMix mix;
    private final List<ObjectNode> stock;

    WorkspaceFiller(ResourceFactory factory, IdSource ids, List<ObjectNode> stock) {
        this.factory = factory;
        this.wiring = new NetworkWiring(factory, ids);
        this.ids = ids;
        this.mix = new InstanceMix(ids);
        this.stock = stock;
    }

    void fill(Workspace ws, ScalePlan plan) {
        List<ObjectNode> images = addImages(ws, plan.images());
        List<ObjectNode> networks = addNetworks(ws, plan);
        int[] nextHost = new int[networks.size()];
        java.util.Arrays.fill(nextHost, FIRST_HOST);
        List<ObjectNode> instances = new ArrayList<>(plan.instances());
        for (int i = 0; i < plan.instances(); i++) {
            InstanceMix.Pick pick = mix.next(i, ws.zone());
            ObjectNode inst = addInstance(ws, pick, imageFor(pick.os(), images));
            if (!networks.isEmpty()) {
                plug(ws, inst, networks, nextHost, i % networks.size());
                if (networks.size() > 1 && i % 10 == 3) {
                    plug(ws, inst, networks, nextHost, (i + 1) % networks.size());
                }
            }
            if (i < plan.volumes()) {
                ObjectNode boot = factory.volume(ws, ids.uuid(), pick.name() + "-boot", mix.bootSize(pick.os()),
                        pick.storageType(), true, "available", pick.created());
                ws.volumes.put(boot.get("volumeID").asText(), boot);
                ResourceFactory.attach(inst, boot, true, pick.created());
            }
            instances.add(inst);
        }
        addDataVolumes(ws, plan.volumes() - Math.min(plan.volumes(), plan.instances()), instances);
    }

    private ObjectNode addInstance(Workspace ws, InstanceMix.Pick pick, String imageId) {
        InstanceSpec spec = new InstanceSpec(ids.uuid(), pick.name(), imageId, pick.os(), pick.processors(),
                pick.memory(), pick.procType(), pick.sysType(), pick.storageType(), pick.status(), pick.health(),
                pick.created());
        ObjectNode inst = factory.instance(ws, spec);
        ((ObjectNode) inst.get("health")).put("reason", pick.healthReason());
        if (pick.fault() != null) {
            String when = mix.faultDate();
            ObjectNode fault = inst.putObject("fault");
            fault.put("code", 500.0);
            fault.put("message", pick.fault());
            fault.put("details", pick.fault());
            fault.put("created", when);
            ((ObjectNode) inst.get("health")).put("reason", pick.fault()).put("lastUpdate", when);
            inst.put("updatedDate", when);
        }
        ws.instances.put(spec.id(), inst);
        return inst;
    }

    private void plug(Workspace ws, ObjectNode inst, List<ObjectNode> networks, int[] nextHost, int n) {
        ObjectNode network = networks.get(n);
        // The address is given: asking NetworkWiring for a free one scans every port, quadratic at this size.
        wiring.plug(ws, inst, network, Ipv4.host(network.get("cidr").asText(), nextHost[n]++));
    }

    private List<ObjectNode> addImages(Workspace ws, int count) {
        List<ObjectNode> images = new ArrayList<>(count);
        for (int j = 0; j < count && !stock.isEmpty(); j++) {
            ObjectNode from = stock.get(j % stock.size());
            String id = ids.uuid();
            String name = from.get("name").asText() + (j < stock.size() ? "" : "-" + (j / stock.size()));
            ObjectNode image = factory.image(id, name, from.path("specifications").path("operatingSystem").asText(),
                    from.get("description").asText(), "active", ws.creationDate(), from.get("storageType").asText());
            image.put("crn", ws.resourceCrn("image", id));
            ws.images.put(id, image);
            images.add(image);
        }
        return images;
    }

    private String imageFor(String os, List<ObjectNode> images) {
        List<ObjectNode> from = images.isEmpty() ? stock : images;
        return from.stream().filter(i -> i.path("specifications").path("operatingSystem").asText().equals(os))
                .findFirst().orElse(from.get(0)).get("imageID").asText();
    }

    private List<ObjectNode> addNetworks(Workspace ws, ScalePlan plan) {
        List<ObjectNode> networks = new ArrayList<>(plan.networks());
        if (plan.networks() == 0) {
            return networks;
        }
        // Each network gets about 1.1 x instances/networks ports (one instance in ten has two).
        int ports = (int) Math.ceil(plan.instances() * 1.1 / plan.networks()) + 1;
        int prefix = prefixFor(ports);
        long blockSize = 1L << (32 - prefix);
        for (int j = 0; j < plan.networks(); j++) {
            long base = (10L << 24) | (((64L << 16) + j * blockSize) & 0xFFFFFFL);
            String cidr = ((base >> 24) & 255) + "." + ((base >> 16) & 255) + "." + ((base >> 8) & 255) + "."
                    + (base & 255) + "/" + prefix;
            String id = ids.uuid();
            boolean isPublic = j % 20 == 19;
            String name = (isPublic ? "public" : PURPOSES[j % PURPOSES.length]) + String.format("-net-%05d", j);
            ObjectNode network = factory.network(ws, id, name, isPublic ? "pub-vlan" : "vlan", 100 + j % 3900, cidr,
                    Ipv4.host(cidr, 1), List.of("9.9.9.9"));
            ws.networks.put(id, network);
            networks.add(network);
        }
        return networks;
    }

    /** The longest prefix (/24 at most, /16 at least) whose block holds the ports and some spare. */
    static int prefixFor(int ports) {
        for (int prefix = 24; prefix >= 16; prefix--) {
            if ((1 << (32 - prefix)) - 2 >= ports + FIRST_HOST + SPARE_ADDRESSES) {
                return prefix;
            }
        }
        throw new IllegalArgumentException("--scale: " + ports + " ports per network do not fit in a /16; "
                + "ask for more networks");
    }

    private void addDataVolumes(Workspace ws, int count, List<ObjectNode> instances) {
        for (int d = 0; d < count; d++) {
            double size = DATA_SIZES[ids.nextInt(DATA_SIZES.length)];
            boolean attach = !instances.isEmpty() && ids.nextInt(100) < 85;
            ObjectNode owner = attach ? instances.get(ids.nextInt(instances.size())) : null;
            String name = owner == null ? String.format("vol-%05d", d)
                    : owner.get("serverName").asText() + "-data" + owner.get("volumeIDs").size();
            String created = owner == null ? ws.creationDate() : owner.get("creationDate").asText();
            ObjectNode volume = factory.volume(ws, ids.uuid(), name, size,
                    owner == null ? "tier3" : owner.get("storageType").asText(), false, "available", created);
            ws.volumes.put(volume.get("volumeID").asText(), volume);
            if (owner != null) {
                ResourceFactory.attach(owner, volume, false, created);
            }
        }
    }
}
