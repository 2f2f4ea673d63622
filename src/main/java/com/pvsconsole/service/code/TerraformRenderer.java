package com.pvsconsole.service.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.model.CreateImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Terraform for an action with the IBM provider's {@code ibm_pi_*} resources. A new object is a resource
 * block; an object that exists also gets an {@code import} block (Terraform 1.5+) and a
 * {@code lifecycle.ignore_changes} for the arguments the provider never reads back, which would
 * otherwise plan a replacement right after the import.
 */
final class TerraformRenderer {

    /** {@code ibm_pi_instance} arguments not set by Read (CLI-TERRAFORM.md, import pitfall 1). */
    private static final List<String> INSTANCE_NOT_READ = List.of("pi_image_id", "pi_network", "pi_key_pair_name",
            "pi_user_data", "pi_replicants", "pi_replication_policy", "pi_replication_scheme", "pi_storage_type",
            "pi_storage_connection", "pi_pin_policy", "pi_health_status");

    /** {@code ibm_pi_network_interface} arguments not set by Read (CLI-TERRAFORM.md, import pitfall 1). */
    private static final List<String> INTERFACE_NOT_READ = List.of("pi_network_id", "pi_ip_address",
            "pi_instance_id", "pi_name");

    String render(CodeTarget target, CodeAction action) {
        StringBuilder out = new StringBuilder();
        out.append("# Workspace ").append(CodeText.oneLine(target.workspaceName())).append('\n');
        HclBlock provider = new HclBlock("provider \"ibm\"").str("region", target.endpoint().region())
                .str("zone", target.zone());
        if (target.endpoint().type() == EndpointType.PRIVATE) {
            provider.str("visibility", "private");
        }
        out.append(provider.render()).append('\n');
        out.append(action.accept(new Blocks(target)));
        return out.toString();
    }

    /** A resource block before rendering, so an existing object can add its import and lifecycle. */
    private record Built(String prefix, HclBlock block, String type, String label, List<String> notReadBack) {
        String render() {
            return prefix + block.render();
        }
    }

    private static final class Blocks implements CodeAction.Visitor<String> {

        private final CodeTarget target;
        private final String ws;

        Blocks(CodeTarget target) {
            this.target = target;
            this.ws = target.workspaceId();
        }

        private HclBlock resource(String type, String label) {
            return HclBlock.resource(type, label).str("pi_cloud_instance_id", ws);
        }

        private static String importBlock(String type, String label, String id) {
            return new HclBlock("import").expr("to", type + "." + label).str("id", id).render();
        }

        private static HclBlock ignoring(List<String> arguments) {
            return new HclBlock("lifecycle").expr("ignore_changes", "[" + String.join(", ", arguments) + "]");
        }

        private static String unread(Fields f) {
            return f.unread().isEmpty() ? "" : "# Also sent by the console, no argument written for: "
                    + String.join(", ", f.unread()) + "\n";
        }

        /**
         * How Terraform deletes an object it did not create: import it with a configuration drafted from
         * the live object (so no required argument is guessed), then destroy it.
         */
        private static String destroy(String type, String label, String importId, String note) {
            return "# Terraform deletes an object it manages. To delete this one:\n"
                    + "#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)\n"
                    + "#   terraform apply                                     (imports it)\n"
                    + "#   terraform destroy -target=" + type + "." + label + "\n"
                    + (note == null ? "" : "# " + note + "\n") + importBlock(type, label, importId);
        }

        @Override
        public String visit(CodeAction.CreateInstance a) {
            return buildInstance(a).render();
        }

        private Built buildInstance(CodeAction.CreateInstance a) {
            Fields f = Fields.of(a.request());
            String name = f.text("serverName").orElse("");
            String label = CodeText.label(name, "instance");
            HclBlock r = resource("ibm_pi_instance", label).str("pi_instance_name", name);
            f.text("imageID").ifPresent(v -> r.str("pi_image_id", v));
            f.number("processors").ifPresent(v -> r.expr("pi_processors", v));
            f.text("procType").ifPresent(v -> r.str("pi_proc_type", v));
            f.number("memory").ifPresent(v -> r.expr("pi_memory", v));
            f.text("sysType").ifPresent(v -> r.str("pi_sys_type", v));
            f.text("keyPairName").ifPresent(v -> r.str("pi_key_pair_name", v));
            f.text("storageType").ifPresent(v -> r.str("pi_storage_type", v));
            f.text("storagePool").ifPresent(v -> r.str("pi_storage_pool", v));
            f.bool("storagePoolAffinity").ifPresent(v -> r.expr("pi_storage_pool_affinity", v.toString()));
            f.text("storageConnection").ifPresent(v -> r.str("pi_storage_connection", v));
            f.text("placementGroup").ifPresent(v -> r.str("pi_placement_group_id", v));
            f.text("sharedProcessorPool").ifPresent(v -> r.str("pi_shared_processor_pool", v));
            f.strings("volumeIDs").ifPresent(v -> r.strings("pi_volume_ids", v));
            f.text("pinPolicy").ifPresent(v -> r.str("pi_pin_policy", v));
            f.number("replicants").ifPresent(v -> r.expr("pi_replicants", v));
            f.text("replicantNamingScheme").ifPresent(v -> r.str("pi_replication_scheme", v));
            f.text("replicantAffinityPolicy").ifPresent(v -> r.str("pi_replication_policy", v));
            f.text("deploymentType").ifPresent(v -> r.str("pi_deployment_type", v));
            f.node("virtualCores").map(v -> v.get("assigned")).filter(JsonNode::isNumber)
                    .ifPresent(v -> r.expr("pi_virtual_cores_assigned", v.asText()));
            f.text("userData").ifPresent(v -> r.str("pi_user_data", v));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            f.node("networks").ifPresent(list -> list.forEach(n -> {
                HclBlock net = new HclBlock("pi_network").str("network_id", n.path("networkID").asText());
                if (n.hasNonNull("ipAddress")) {
                    net.str("ip_address", n.get("ipAddress").asText());
                }
                r.block(net);
            }));
            f.strings("networkIDs").ifPresent(ids -> ids.forEach(id ->
                    r.block(new HclBlock("pi_network").str("network_id", id))));
            return new Built(unread(f), r, "ibm_pi_instance", label, INSTANCE_NOT_READ);
        }

        @Override
        public String visit(CodeAction.InstancePower a) {
            String label = CodeText.label(a.instance().nameOrId() + "_" + a.action().wireValue(), "instance_action");
            return "# The action runs when the resource is created; destroying it does nothing\n"
                    + resource("ibm_pi_instance_action", label).str("pi_instance_id", a.instance().id())
                    .str("pi_action", a.action().wireValue()).render();
        }

        @Override
        public String visit(CodeAction.ResizeInstance a) {
            Fields f = Fields.of(a.request());
            String label = CodeText.label(a.instance().nameOrId(), "instance");
            HclBlock r = resource("ibm_pi_instance", label).str("pi_instance_name",
                    f.text("serverName").orElse(a.instance().nameOrId()));
            f.number("processors").ifPresent(v -> r.expr("pi_processors", v));
            f.number("memory").ifPresent(v -> r.expr("pi_memory", v));
            f.text("procType").ifPresent(v -> r.str("pi_proc_type", v));
            f.node("virtualCores").map(v -> v.get("assigned")).filter(JsonNode::isNumber)
                    .ifPresent(v -> r.expr("pi_virtual_cores_assigned", v.asText()));
            f.text("pinPolicy").ifPresent(v -> r.str("pi_pin_policy", v));
            f.bool("storagePoolAffinity").ifPresent(v -> r.expr("pi_storage_pool_affinity", v.toString()));
            StringBuilder licenceNote = new StringBuilder();
            f.node("softwareLicenses").filter(JsonNode::isObject).flatMap(IbmiLicences::of).ifPresent(l -> {
                l.css().ifPresent(v -> r.expr("pi_ibmi_css", v.toString()));
                l.pha().ifPresent(v -> r.expr("pi_ibmi_pha", v.toString()));
                l.rdsUsers().ifPresent(v -> r.expr("pi_ibmi_rds_users", String.valueOf(v)));
                if (!l.unwritten().isEmpty()) {
                    licenceNote.append("# Also sent by the console, no argument written for: softwareLicenses.")
                            .append(String.join(", softwareLicenses.", l.unwritten())).append('\n');
                }
            });
            r.block(ignoring(INSTANCE_NOT_READ));
            return "# Also set the server's image, network and system type as they are today (or draft the whole\n"
                    + "# block with terraform plan -generate-config-out=generated.tf), then apply: the update is in place\n"
                    + unread(f) + licenceNote
                    + importBlock("ibm_pi_instance", label, ws + "/" + a.instance().id()) + "\n" + r.render();
        }

        @Override
        public String visit(CodeAction.DeleteInstance a) {
            String label = CodeText.label(a.instance().nameOrId(), "instance");
            return destroy("ibm_pi_instance", label, ws + "/" + a.instance().id(), a.deleteDataVolumes()
                    ? "Terraform has no 'delete data volumes' option: destroy their ibm_pi_volume resources too"
                    : null);
        }

        @Override
        public String visit(CodeAction.CaptureInstance a) {
            Fields f = Fields.of(a.request());
            String name = f.text("captureName").orElse("");
            String label = CodeText.label(name, "capture");
            HclBlock r = resource("ibm_pi_capture", label).str("pi_instance_name", a.instance().id())
                    .str("pi_capture_name", name);
            f.text("captureDestination").ifPresent(v -> r.str("pi_capture_destination", v));
            f.strings("captureVolumeIDs").ifPresent(v -> r.strings("pi_capture_volume_ids", v));
            f.text("cloudStorageImagePath").ifPresent(v -> r.str("pi_capture_storage_image_path", v));
            f.text("cloudStorageRegion").ifPresent(v -> r.str("pi_capture_cloud_storage_region", v));
            StringBuilder variables = new StringBuilder();
            f.text("cloudStorageAccessKey").ifPresent(v -> {
                r.expr("pi_capture_cloud_storage_access_key", "var.cos_access_key");
                variables.append(sensitive("cos_access_key"));
            });
            f.text("cloudStorageSecretKey").ifPresent(v -> {
                r.expr("pi_capture_cloud_storage_secret_key", "var.cos_secret_key");
                variables.append(sensitive("cos_secret_key"));
            });
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            return unread(f) + variables + r.render();
        }

        private static String sensitive(String name) {
            return new HclBlock("variable \"" + name + "\"").expr("type", "string").expr("sensitive", "true")
                    .render() + "\n";
        }

        @Override
        public String visit(CodeAction.CreateVolume a) {
            return buildVolume(a).render();
        }

        private Built buildVolume(CodeAction.CreateVolume a) {
            Fields f = Fields.of(a.request());
            String name = f.text("name").orElse("");
            String label = CodeText.label(name, "volume");
            HclBlock r = resource("ibm_pi_volume", label).str("pi_volume_name", name);
            f.number("size").ifPresent(v -> r.expr("pi_volume_size", v));
            f.text("diskType").ifPresent(v -> r.str("pi_volume_type", v));
            f.bool("shareable").ifPresent(v -> r.expr("pi_volume_shareable", v.toString()));
            f.text("volumePool").ifPresent(v -> r.str("pi_volume_pool", v));
            f.text("affinityPolicy").ifPresent(v -> r.str("pi_affinity_policy", v));
            f.text("affinityVolume").ifPresent(v -> r.str("pi_affinity_volume", v));
            f.text("affinityPVMInstance").ifPresent(v -> r.str("pi_affinity_instance", v));
            f.strings("antiAffinityVolumes").ifPresent(v -> r.strings("pi_anti_affinity_volumes", v));
            f.strings("antiAffinityPVMInstances").ifPresent(v -> r.strings("pi_anti_affinity_instances", v));
            f.bool("replicationEnabled").ifPresent(v -> r.expr("pi_replication_enabled", v.toString()));
            f.strings("replicationSites").ifPresent(v -> r.strings("pi_replication_sites", v));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            return new Built(unread(f), r, "ibm_pi_volume", label, List.of("pi_cloud_instance_id",
                    "pi_affinity_policy", "pi_affinity_volume", "pi_affinity_instance", "pi_anti_affinity_volumes",
                    "pi_anti_affinity_instances"));
        }

        private HclBlock attachment(CodeAction.Ref instance, CodeAction.Ref volume) {
            return resource("ibm_pi_volume_attach", attachLabel(instance, volume))
                    .str("pi_instance_id", instance.id()).str("pi_volume_id", volume.id());
        }

        private static String attachLabel(CodeAction.Ref instance, CodeAction.Ref volume) {
            return CodeText.label(instance.nameOrId() + "_" + volume.nameOrId(), "volume_attach");
        }

        @Override
        public String visit(CodeAction.AttachVolume a) {
            return "# Creating the resource attaches the volume; destroying it detaches it\n"
                    + attachment(a.instance(), a.volume()).render();
        }

        @Override
        public String visit(CodeAction.DetachVolume a) {
            String label = attachLabel(a.instance(), a.volume());
            HclBlock r = attachment(a.instance(), a.volume())
                    .block(ignoring(List.of("pi_cloud_instance_id", "pi_instance_id", "pi_volume_id")));
            return "# Import the attachment, then detach with: terraform destroy -target=ibm_pi_volume_attach."
                    + label + "\n# Destroying the attachment detaches the volume and keeps it\n"
                    + importBlock("ibm_pi_volume_attach", label, ws + "/" + a.instance().id() + "/" + a.volume().id())
                    + "\n" + r.render();
        }

        /** A change Terraform makes in place on the imported {@code ibm_pi_volume} (TFgo:volume L446-475). */
        private String volumeChange(CodeAction.Ref volume, HclBlock r, Fields f) {
            String label = CodeText.label(volume.nameOrId(), "volume");
            return "# Also set the volume's other arguments as they are today (or draft the whole block with\n"
                    + "# terraform plan -generate-config-out=generated.tf), then apply: the change is in place\n"
                    + unread(f) + importBlock("ibm_pi_volume", label, ws + "/" + volume.id()) + "\n" + r.render();
        }

        @Override
        public String visit(CodeAction.UpdateVolume a) {
            Fields f = Fields.of(a.request());
            HclBlock r = resource("ibm_pi_volume", CodeText.label(a.volume().nameOrId(), "volume"))
                    .str("pi_volume_name", f.text("name").orElse(a.volume().nameOrId()));
            f.number("size").ifPresent(v -> r.expr("pi_volume_size", v));
            f.bool("shareable").ifPresent(v -> r.expr("pi_volume_shareable", v.toString()));
            return volumeChange(a.volume(), r, f);
        }

        @Override
        public String visit(CodeAction.ChangeVolumeTier a) {
            Fields f = Fields.of(a.request());
            HclBlock r = resource("ibm_pi_volume", CodeText.label(a.volume().nameOrId(), "volume"))
                    .str("pi_volume_name", a.volume().nameOrId());
            f.text("targetStorageTier").ifPresent(v -> r.str("pi_volume_type", v));
            f.bool("replicationEnabled").ifPresent(v -> r.expr("pi_replication_enabled", v.toString()));
            return volumeChange(a.volume(), r, f);
        }

        @Override
        public String visit(CodeAction.CloneVolumes a) {
            Fields f = Fields.of(a.request());
            String name = f.text("name").orElse("");
            HclBlock r = resource("ibm_pi_volume_clone", CodeText.label(name, "volume_clone"))
                    .str("pi_volume_clone_name", name);
            f.strings("volumeIDs").ifPresent(v -> r.strings("pi_volume_ids", v));
            f.text("targetStorageTier").ifPresent(v -> r.str("pi_target_storage_tier", v));
            f.bool("targetReplicationEnabled").ifPresent(v -> r.expr("pi_replication_enabled", v.toString()));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            return unread(f) + r.render();
        }

        @Override
        public String visit(CodeAction.CreateSnapshot a) {
            return buildSnapshot(a).render();
        }

        private Built buildSnapshot(CodeAction.CreateSnapshot a) {
            Fields f = Fields.of(a.request());
            String name = f.text("name").orElse("");
            String label = CodeText.label(name, "snapshot");
            HclBlock r = resource("ibm_pi_instance_snapshot", label)
                    .str("pi_instance_name", a.instance().id()).str("pi_snapshot_name", name);
            f.text("description").ifPresent(v -> r.str("pi_description", v));
            f.strings("volumeIDs").ifPresent(v -> r.strings("pi_volume_ids", v));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            return new Built(unread(f), r, "ibm_pi_instance_snapshot", label, List.of("pi_cloud_instance_id",
                    "pi_instance_name", "pi_volume_ids", "pi_description"));
        }

        @Override
        public String visit(CodeAction.RestoreSnapshot a) {
            return "# No ibm_pi_* resource restores a snapshot: use the CLI or curl form\n";
        }

        @Override
        public String visit(CodeAction.DeleteSnapshot a) {
            String label = CodeText.label(a.snapshot().nameOrId(), "snapshot");
            return destroy("ibm_pi_instance_snapshot", label, ws + "/" + a.snapshot().id(), null);
        }

        @Override
        public String visit(CodeAction.DeleteVolume a) {
            String label = CodeText.label(a.volume().nameOrId(), "volume");
            return destroy("ibm_pi_volume", label, ws + "/" + a.volume().id(), null);
        }

        @Override
        public String visit(CodeAction.CreateNetwork a) {
            return buildNetwork(a).render();
        }

        private Built buildNetwork(CodeAction.CreateNetwork a) {
            Fields f = Fields.of(a.request());
            String name = f.text("name").orElse("");
            String label = CodeText.label(name, "network");
            HclBlock r = resource("ibm_pi_network", label).str("pi_network_name", name);
            f.text("type").ifPresent(v -> r.str("pi_network_type", v));
            f.text("cidr").ifPresent(v -> r.str("pi_cidr", v));
            f.text("gateway").ifPresent(v -> r.str("pi_gateway", v));
            f.strings("dnsServers").ifPresent(v -> r.strings("pi_dns", v));
            f.number("mtu").ifPresent(v -> r.expr("pi_network_mtu", v));
            f.text("advertise").ifPresent(v -> r.str("pi_advertise", v));
            f.text("arpBroadcast").ifPresent(v -> r.str("pi_arp_broadcast", v));
            f.bool("enableDHCP").ifPresent(v -> r.expr("pi_enable_dhcp", v.toString()));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            f.node("ipAddressRanges").ifPresent(ranges -> ranges.forEach(range -> r.block(
                    new HclBlock("pi_ipaddress_range")
                            .str("pi_starting_ip_address", range.path("startingIPAddress").asText())
                            .str("pi_ending_ip_address", range.path("endingIPAddress").asText()))));
            return new Built(unread(f), r, "ibm_pi_network", label, List.of("pi_cloud_instance_id"));
        }

        @Override
        public String visit(CodeAction.DeleteNetwork a) {
            String label = CodeText.label(a.network().nameOrId(), "network");
            return destroy("ibm_pi_network", label, ws + "/" + a.network().id(), null);
        }

        @Override
        public String visit(CodeAction.CreateSshKey a) {
            return buildSshKey(a).render();
        }

        private Built buildSshKey(CodeAction.CreateSshKey a) {
            Fields f = Fields.of(a.key());
            f.text("creationDate");
            String name = f.text("name").orElse("");
            String label = CodeText.label(name, "ssh_key");
            HclBlock r = resource("ibm_pi_key", label).str("pi_key_name", name);
            f.text("sshKey").ifPresent(v -> r.str("pi_ssh_key", v));
            r.str("pi_visibility", "account");
            return new Built("# The console keeps account-wide keys; pi_visibility = \"account\" matches them\n"
                    + unread(f), r, "ibm_pi_key", label, List.of());
        }

        private Built buildInterface(CodeAction.AddNetworkInterface a) {
            Fields f = Fields.of(a.request());
            String label = interfaceLabel(a.instance(), a.network());
            HclBlock r = resource("ibm_pi_network_interface", label).str("pi_network_id", a.network().id());
            f.text("name").ifPresent(v -> r.str("pi_name", v));
            f.text("ipAddress").ifPresent(v -> r.str("pi_ip_address", v));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            r.str("pi_instance_id", a.instance().id());
            return new Built(unread(f), r, "ibm_pi_network_interface", label, INTERFACE_NOT_READ);
        }

        private static String interfaceLabel(CodeAction.Ref instance, CodeAction.Ref network) {
            return CodeText.label(instance.nameOrId() + "_" + network.nameOrId(), "network_interface");
        }

        @Override
        public String visit(CodeAction.AddNetworkInterface a) {
            return "# Creating the resource reserves the address and attaches it to the server (the provider sends\n"
                    + "# the same two requests); destroying it removes the server from the network\n"
                    + buildInterface(a).render();
        }

        @Override
        public String visit(CodeAction.RemoveNetworkInterface a) {
            String label = interfaceLabel(a.instance(), a.network());
            return destroy("ibm_pi_network_interface", label,
                    ws + "/" + a.network().id() + "/" + a.networkInterface().id(),
                    "To detach it and keep the address, set pi_instance_id = \"\" and apply instead");
        }

        @Override
        public String visit(CodeAction.SetConsoleLanguage a) {
            return "# No ibm_pi_* resource sets a console language: use the CLI or curl form\n";
        }

        @Override
        public String visit(CodeAction.CreatePool a) {
            return buildPool(a).render();
        }

        private Built buildPool(CodeAction.CreatePool a) {
            Fields f = Fields.of(a.request());
            String name = f.text("name").orElse("");
            String label = CodeText.label(name, "shared_processor_pool");
            HclBlock r = resource("ibm_pi_shared_processor_pool", label).str("pi_shared_processor_pool_name", name);
            f.text("hostGroup").ifPresent(v -> r.str("pi_shared_processor_pool_host_group", v));
            f.number("reservedCores").ifPresent(v -> r.expr("pi_shared_processor_pool_reserved_cores", v));
            f.text("hostID").ifPresent(v -> r.str("pi_host_id", v));
            f.text("placementGroupID").ifPresent(v -> r.strings("pi_shared_processor_pool_placement_groups",
                    List.of(v)));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            return new Built(unread(f), r, "ibm_pi_shared_processor_pool", label, List.of());
        }

        @Override
        public String visit(CodeAction.ResizePool a) {
            Fields f = Fields.of(a.request());
            String label = CodeText.label(a.pool().nameOrId(), "shared_processor_pool");
            HclBlock r = resource("ibm_pi_shared_processor_pool", label).str("pi_shared_processor_pool_name",
                    f.text("name").orElse(a.pool().nameOrId()));
            f.number("reservedCores").ifPresent(v -> r.expr("pi_shared_processor_pool_reserved_cores", v));
            return "# Also set the pool's host group as it is today (or draft the whole block with\n"
                    + "# terraform plan -generate-config-out=generated.tf), then apply: the change is in place\n"
                    + unread(f) + importBlock("ibm_pi_shared_processor_pool", label, ws + "/" + a.pool().id()) + "\n"
                    + r.render();
        }

        @Override
        public String visit(CodeAction.DeletePool a) {
            String label = CodeText.label(a.pool().nameOrId(), "shared_processor_pool");
            return destroy("ibm_pi_shared_processor_pool", label, ws + "/" + a.pool().id(), null);
        }

        @Override
        public String visit(CodeAction.CreatePlacementGroup a) {
            return buildPlacementGroup(a).render();
        }

        private Built buildPlacementGroup(CodeAction.CreatePlacementGroup a) {
            Fields f = Fields.of(a.request());
            String name = f.text("name").orElse("");
            String label = CodeText.label(name, "placement_group");
            HclBlock r = resource("ibm_pi_placement_group", label).str("pi_placement_group_name", name);
            f.text("policy").ifPresent(v -> r.str("pi_placement_group_policy", v));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            return new Built(unread(f), r, "ibm_pi_placement_group", label, List.of("pi_cloud_instance_id"));
        }

        @Override
        public String visit(CodeAction.DeletePlacementGroup a) {
            String label = CodeText.label(a.group().nameOrId(), "placement_group");
            return destroy("ibm_pi_placement_group", label, ws + "/" + a.group().id(),
                    "The service deletes the group even while it has members; they keep running");
        }

        @Override
        public String visit(CodeAction.PlacementGroupMember a) {
            String server = CodeText.oneLine(a.server().nameOrId());
            String group = CodeText.oneLine(a.group().nameOrId());
            return "# No ibm_pi_* resource holds a placement group's members: a server's group is the\n"
                    + "# pi_placement_group_id argument of its ibm_pi_instance (server " + server + ").\n"
                    + (a.add() ? "# To add it to " + group + ", set in that resource and apply:\n"
                            + "#   pi_placement_group_id = \"" + a.group().id() + "\"\n"
                            : "# To take it out of " + group + ", set in that resource and apply:\n"
                            + "#   pi_placement_group_id = \"\"\n")
                    + "# Use the CLI or curl form for the change alone.\n";
        }

        @Override
        public String visit(CodeAction.CreateSppPlacementGroup a) {
            return buildSppPlacementGroup(a).render();
        }

        private Built buildSppPlacementGroup(CodeAction.CreateSppPlacementGroup a) {
            Fields f = Fields.of(a.request());
            String name = f.text("name").orElse("");
            String label = CodeText.label(name, "spp_placement_group");
            HclBlock r = resource("ibm_pi_spp_placement_group", label).str("pi_spp_placement_group_name", name);
            f.text("policy").ifPresent(v -> r.str("pi_spp_placement_group_policy", v));
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            return new Built(unread(f), r, "ibm_pi_spp_placement_group", label, List.of());
        }

        @Override
        public String visit(CodeAction.DeleteSppPlacementGroup a) {
            String label = CodeText.label(a.group().nameOrId(), "spp_placement_group");
            return destroy("ibm_pi_spp_placement_group", label, ws + "/" + a.group().id(), null);
        }

        @Override
        public String visit(CodeAction.SppPlacementGroupMember a) {
            String pool = CodeText.oneLine(a.pool().nameOrId());
            String group = CodeText.oneLine(a.group().nameOrId());
            return "# No ibm_pi_* resource holds an SPP placement group's members: a pool's groups are the\n"
                    + "# pi_shared_processor_pool_placement_groups list of its ibm_pi_shared_processor_pool (pool "
                    + pool + ").\n"
                    + (a.add() ? "# To add it to " + group + ", put this id in that list and apply:\n"
                            : "# To take it out of " + group + ", drop this id from that list and apply:\n")
                    + "#   \"" + a.group().id() + "\"\n"
                    + "# Use the CLI or curl form for the change alone.\n";
        }

        @Override
        public String visit(CodeAction.Existing a) {
            CodeAction d = a.definition();
            if (d instanceof CodeAction.AddNetworkInterface nic) {
                Built built = buildInterface(nic);
                built.block().block(ignoring(built.notReadBack()));
                return "# Bring the existing object under Terraform: terraform plan should then show no changes\n"
                        + importBlock(built.type(), built.label(), ws + "/" + nic.network().id() + "/"
                        + a.object().id()) + "\n" + built.render();
            }
            Built built = d instanceof CodeAction.CreateInstance i ? buildInstance(i)
                    : d instanceof CodeAction.CreateSnapshot snapshot ? buildSnapshot(snapshot)
                    : d instanceof CodeAction.CreateVolume v ? buildVolume(v)
                    : d instanceof CodeAction.CreateNetwork n ? buildNetwork(n)
                    : d instanceof CodeAction.ImportImage i ? buildExistingImage(i)
                    : d instanceof CodeAction.CreatePool p ? buildPool(p)
                    : d instanceof CodeAction.CreatePlacementGroup g ? buildPlacementGroup(g)
                    : d instanceof CodeAction.CreateSppPlacementGroup g ? buildSppPlacementGroup(g)
                    : buildSshKey((CodeAction.CreateSshKey) d);
            if (!built.notReadBack().isEmpty()) {
                built.block().block(ignoring(built.notReadBack()));
            }
            boolean key = d instanceof CodeAction.CreateSshKey;
            String importId = ws + "/" + (key ? "<SSH_KEY_ID>" : a.object().id());
            return "# Bring the existing object under Terraform: terraform plan should then show no changes\n"
                    + (key ? "# The import id takes the key's id, not its name: ibmcloud pi ssh-key get <name>"
                            + " shows it\n" : "")
                    + importBlock(built.type(), built.label(), importId) + "\n" + built.render();
        }

        @Override
        public String visit(CodeAction.DeleteSshKey a) {
            String label = CodeText.label(a.keyName(), "ssh_key");
            return destroy("ibm_pi_key", label, ws + "/<SSH_KEY_ID>",
                    "The import id takes the key's id, not its name: ibmcloud pi ssh-key get <name> shows it");
        }

        @Override
        public String visit(CodeAction.ImportImage a) {
            Fields f = Fields.of(a.request());
            f.text("source");
            String name = f.text("imageName").orElse("");
            HclBlock r = resource("ibm_pi_image", CodeText.label(name, "image")).str("pi_image_name", name);
            StringBuilder variables = new StringBuilder();
            if (CreateImage.SOURCE_ROOT_PROJECT.equals(a.request().source())) {
                f.text("imageID").ifPresent(v -> r.str("pi_image_id", v));
            } else {
                f.text("bucketName").ifPresent(v -> r.str("pi_image_bucket_name", v));
                f.text("imageFilename").ifPresent(v -> r.str("pi_image_bucket_file_name", v));
                f.text("region").ifPresent(v -> r.str("pi_image_bucket_region", v));
                r.str("pi_image_bucket_access", a.request().accessKey() == null ? "public" : "private");
                f.text("accessKey").ifPresent(v -> {
                    r.expr("pi_image_access_key", "var.cos_access_key");
                    variables.append(sensitive("cos_access_key"));
                });
                f.text("secretKey").ifPresent(v -> {
                    r.expr("pi_image_secret_key", "var.cos_secret_key");
                    variables.append(sensitive("cos_secret_key"));
                });
                f.text("diskType").ifPresent(v -> r.str("pi_image_storage_type", v));
                f.text("storagePool").ifPresent(v -> r.str("pi_image_storage_pool", v));
            }
            f.strings("userTags").ifPresent(v -> r.strings("pi_user_tags", v));
            return unread(f) + variables + r.render();
        }

        /** A workspace image: its source (stock id or bucket) is not in the image, and Terraform does not read it back. */
        private Built buildExistingImage(CodeAction.ImportImage a) {
            String name = a.request().imageName() == null ? "" : a.request().imageName();
            String label = CodeText.label(name, "image");
            HclBlock r = resource("ibm_pi_image", label).str("pi_image_name", name);
            return new Built("", r, "ibm_pi_image", label, List.of("pi_image_id", "pi_image_bucket_name",
                    "pi_image_bucket_file_name", "pi_image_bucket_region", "pi_image_bucket_access"));
        }

        @Override
        public String visit(CodeAction.DeleteImage a) {
            String label = CodeText.label(a.image().nameOrId(), "image");
            return destroy("ibm_pi_image", label, ws + "/" + a.image().id(), null);
        }
    }
}
