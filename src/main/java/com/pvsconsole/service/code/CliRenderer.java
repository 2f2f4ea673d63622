package com.pvsconsole.service.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.pvsconsole.api.model.CreateImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ibmcloud pi} (plug-in 1.10) for an action: the workspace targeted first (the CLI has no
 * per-command workspace flag), then the 1.x command. Names go in comments; the commands use ids.
 */
final class CliRenderer {

    static final String USER_DATA_FILE = "user-data.txt";

    String render(CodeTarget target, CodeAction action, Shell shell) {
        List<String> lines = new ArrayList<>();
        lines.add(shell.comment("Workspace " + target.workspaceName() + " (" + target.zone()
                + "); the CLI acts on the targeted workspace"));
        // A CRN needs no quotes in either shell, but quoting it costs nothing and survives any edit.
        lines.add("ibmcloud pi workspace target " + shell.quote(target.crn().format()));
        lines.addAll(action.accept(new Commands(shell)));
        return String.join("\n", lines) + "\n";
    }

    /** The lines after the target line. */
    private static final class Commands implements CodeAction.Visitor<List<String>> {

        private final Shell shell;
        private final List<String> lines = new ArrayList<>();

        Commands(Shell shell) {
            this.shell = shell;
        }

        private List<String> done(CliCommand command, Fields fields) {
            lines.add(command.render(shell));
            if (fields != null && !fields.unread().isEmpty()) {
                lines.add(shell.comment("Also sent by the console, no CLI flag written for: "
                        + String.join(", ", fields.unread())));
            }
            return lines;
        }

        private void about(String what, CodeAction.Ref ref) {
            if (ref.name() != null && !ref.name().equals(ref.id())) {
                lines.add(shell.comment(what + " " + ref.name()));
            }
        }

        @Override
        public List<String> visit(CodeAction.CreateInstance a) {
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi instance create").value(f.text("serverName").orElse(""));
            f.text("imageID").ifPresent(v -> c.flag("--image", v));
            List<String> subnets = new ArrayList<>();
            f.node("networks").ifPresent(list -> list.forEach(n -> subnets.add(subnet(n))));
            f.strings("networkIDs").ifPresent(subnets::addAll);
            if (!subnets.isEmpty()) {
                c.flag("--subnets", String.join(",", subnets));
            }
            f.number("processors").ifPresent(v -> c.flag("--processors", v));
            f.text("procType").ifPresent(v -> c.flag("--processor-type", v));
            f.number("memory").ifPresent(v -> c.flag("--memory", v));
            f.text("sysType").ifPresent(v -> c.flag("--sys-type", v));
            f.text("keyPairName").ifPresent(v -> c.flag("--key-name", v));
            f.text("storageType").ifPresent(v -> c.flag("--storage-tier", v));
            f.text("storagePool").ifPresent(v -> c.flag("--storage-pool", v));
            f.bool("storagePoolAffinity").ifPresent(v -> c.flag("--storage-pool-affinity", v));
            f.text("storageConnection").ifPresent(v -> c.flag("--storage-connection", v));
            f.text("placementGroup").ifPresent(v -> c.flag("--placement-group", v));
            f.text("sharedProcessorPool").ifPresent(v -> c.flag("--shared-processor-pool", v));
            f.strings("volumeIDs").ifPresent(v -> c.flag("--volumes", String.join(",", v)));
            f.text("pinPolicy").ifPresent(v -> c.flag("--pin-policy", v));
            f.number("replicants").ifPresent(v -> c.flag("--replicants", v));
            f.text("replicantNamingScheme").ifPresent(v -> c.flag("--replicant-scheme", v));
            f.text("replicantAffinityPolicy").ifPresent(v -> c.flag("--replicant-affinity-policy", v));
            f.text("deploymentType").ifPresent(v -> c.flag("--deployment-type", v));
            f.node("virtualCores").map(v -> v.get("assigned")).filter(JsonNode::isNumber)
                    .ifPresent(v -> c.flag("--virtual-cores", v.asText()));
            f.text("userData").ifPresent(data -> {
                // Inline multi-line text is fragile in every shell, and a value starting with '@' would be
                // read as a file name: the CLI gets the exact text from a file.
                lines.add(writeFile(USER_DATA_FILE, data));
                c.rawFlag("--user-data", shell.quote("@" + USER_DATA_FILE));
            });
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        private static String subnet(JsonNode network) {
            String id = network.path("networkID").asText();
            String ip = network.path("ipAddress").asText("");
            return ip.isEmpty() ? id : id + " " + ip;
        }

        private String writeFile(String file, String content) {
            return shell == Shell.POSIX
                    ? "printf '%s' " + shell.quote(content) + " > " + file
                    : "[IO.File]::WriteAllText(\"$PWD/" + file + "\", " + shell.quote(content) + ")";
        }

        @Override
        public List<String> visit(CodeAction.InstancePower a) {
            about("Server", a.instance());
            return done(new CliCommand("ibmcloud pi instance action").value(a.instance().id())
                    .flag("--operation", a.action().wireValue()), null);
        }

        @Override
        public List<String> visit(CodeAction.ResizeInstance a) {
            about("Server", a.instance());
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi instance update").value(a.instance().id());
            f.number("processors").ifPresent(v -> c.flag("--processors", v));
            f.number("memory").ifPresent(v -> c.flag("--memory", v));
            f.text("procType").ifPresent(v -> c.flag("--processor-type", v));
            f.text("serverName").ifPresent(v -> c.flag("--name", v));
            f.node("virtualCores").map(v -> v.get("assigned")).filter(JsonNode::isNumber)
                    .ifPresent(v -> c.flag("--virtual-cores", v.asText()));
            f.text("pinPolicy").ifPresent(v -> c.flag("--pin-policy", v));
            f.bool("storagePoolAffinity").ifPresent(v -> c.flag("--storage-pool-affinity", v));
            f.node("softwareLicenses").filter(JsonNode::isObject).ifPresent(l -> {
                IbmiLicences.of(l).ifPresent(licences -> {
                    licences.css().ifPresent(v -> c.flag("--IBMiCSS-license", v));
                    licences.pha().ifPresent(v -> c.flag("--IBMiPHA-license", v));
                    licences.rdsUsers().ifPresent(v -> c.flag("--IBMiRDS-users", String.valueOf(v)));
                    if (!licences.unwritten().isEmpty()) {
                        lines.add(shell.comment("The console also sends softwareLicenses."
                                + String.join(", softwareLicenses.", licences.unwritten())
                                + ", which has no CLI flag"));
                    }
                });
            });
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.DeleteInstance a) {
            about("Server", a.instance());
            CliCommand c = new CliCommand("ibmcloud pi instance delete").value(a.instance().id());
            if (a.deleteDataVolumes()) {
                c.flag("--delete-data-volumes", true);
            }
            return done(c, null);
        }

        @Override
        public List<String> visit(CodeAction.CaptureInstance a) {
            about("Server", a.instance());
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi instance capture create").value(a.instance().id());
            f.text("captureDestination").ifPresent(v -> c.flag("--destination", v));
            f.text("captureName").ifPresent(v -> c.flag("--name", v));
            f.strings("captureVolumeIDs").ifPresent(v -> c.flag("--volumes", String.join(",", v)));
            f.text("cloudStorageImagePath").ifPresent(v -> c.flag("--image-path", v));
            f.text("cloudStorageRegion").ifPresent(v -> c.flag("--region", v));
            f.text("cloudStorageAccessKey").ifPresent(v -> c.rawFlag("--access-key", env("COS_ACCESS_KEY")));
            f.text("cloudStorageSecretKey").ifPresent(v -> c.rawFlag("--secret-key", env("COS_SECRET_KEY")));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        private String env(String name) {
            return "\"" + shell.envReference(name) + "\"";
        }

        @Override
        public List<String> visit(CodeAction.CreateVolume a) {
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi volume create").value(f.text("name").orElse(""));
            f.number("size").ifPresent(v -> c.flag("--size", v));
            f.text("diskType").ifPresent(v -> c.flag("--storage-tier", v));
            f.bool("shareable").ifPresent(v -> c.flag("--shareable", v));
            f.text("volumePool").ifPresent(v -> c.flag("--storage-pool", v));
            f.text("affinityPolicy").ifPresent(v -> c.flag("--affinity-policy", v));
            f.text("affinityVolume").ifPresent(v -> c.flag("--affinity-volume", v));
            f.text("affinityPVMInstance").ifPresent(v -> c.flag("--affinity-instance", v));
            f.strings("antiAffinityVolumes").ifPresent(v -> c.flag("--anti-affinity-volumes", String.join(",", v)));
            f.strings("antiAffinityPVMInstances")
                    .ifPresent(v -> c.flag("--anti-affinity-instances", String.join(",", v)));
            f.bool("replicationEnabled").ifPresent(v -> c.flag("--replication-enabled", v));
            f.strings("replicationSites").ifPresent(v -> c.flag("--replication-sites", String.join(",", v)));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.AttachVolume a) {
            about("Server", a.instance());
            about("Volume", a.volume());
            return done(new CliCommand("ibmcloud pi instance volume attach").value(a.instance().id())
                    .flag("--volumes", a.volume().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.DetachVolume a) {
            about("Server", a.instance());
            about("Volume", a.volume());
            return done(new CliCommand("ibmcloud pi instance volume detach").value(a.instance().id())
                    .flag("--volume", a.volume().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.UpdateVolume a) {
            about("Volume", a.volume());
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi volume update").value(a.volume().id());
            f.number("size").ifPresent(v -> c.flag("--size", v));
            f.text("name").ifPresent(v -> c.flag("--name", v));
            f.bool("shareable").ifPresent(v -> c.flag("--shareable", v));
            f.bool("bootable").ifPresent(v -> c.flag("--bootable", v));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.ChangeVolumeTier a) {
            about("Volume", a.volume());
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi volume action").value(a.volume().id());
            f.text("targetStorageTier").ifPresent(v -> c.flag("--target-tier", v));
            f.bool("replicationEnabled").ifPresent(v -> c.flag("--replication-enabled", v));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.CloneVolumes a) {
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi volume clone-async create").value(f.text("name").orElse(""));
            f.strings("volumeIDs").ifPresent(v -> c.flag("--volumes", String.join(",", v)));
            f.text("targetStorageTier").ifPresent(v -> c.flag("--target-tier", v));
            f.bool("targetReplicationEnabled").ifPresent(v -> c.flag("--replication-enabled", v));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.CreateSnapshot a) {
            about("Server", a.instance());
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi instance snapshot create").value(a.instance().id());
            f.text("name").ifPresent(v -> c.flag("--name", v));
            f.text("description").ifPresent(v -> c.flag("--description", v));
            f.strings("volumeIDs").ifPresent(v -> c.flag("--volumes", String.join(",", v)));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.RestoreSnapshot a) {
            about("Server", a.instance());
            about("Snapshot", a.snapshot());
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi instance snapshot restore").value(a.instance().id())
                    .flag("--snapshot", a.snapshot().id());
            f.bool("force").filter(Boolean::booleanValue).ifPresent(v -> c.flag("--force", v));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.DeleteSnapshot a) {
            about("Snapshot", a.snapshot());
            return done(new CliCommand("ibmcloud pi instance snapshot delete").value(a.snapshot().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.DeleteVolume a) {
            about("Volume", a.volume());
            return done(new CliCommand("ibmcloud pi volume delete").value(a.volume().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.CreateNetwork a) {
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi subnet create").value(f.text("name").orElse(""));
            f.text("type").ifPresent(t -> c.flag("--net-type", switch (t) {
                case "vlan" -> "private";
                case "pub-vlan" -> "public";
                default -> t;
            }));
            f.text("cidr").ifPresent(v -> c.flag("--cidr-block", v));
            f.text("gateway").ifPresent(v -> c.flag("--gateway", v));
            f.node("ipAddressRanges").filter(r -> r.isArray() && !r.isEmpty()).ifPresent(ranges -> {
                List<String> items = new ArrayList<>();
                ranges.forEach(r -> items.add(r.path("startingIPAddress").asText() + "-"
                        + r.path("endingIPAddress").asText()));
                c.flag("--ip-range", String.join(",", items));
            });
            f.strings("dnsServers").ifPresent(v -> c.flag("--dns-servers", String.join(",", v)));
            f.number("mtu").ifPresent(v -> c.flag("--mtu", v));
            f.text("advertise").ifPresent(v -> c.flag("--advertise", v));
            f.text("arpBroadcast").ifPresent(v -> c.flag("--arp-broadcast", v));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.DeleteNetwork a) {
            about("Network", a.network());
            return done(new CliCommand("ibmcloud pi subnet delete").value(a.network().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.CreateSshKey a) {
            Fields f = Fields.of(a.key());
            f.text("creationDate");
            lines.add(shell.comment("The console keeps account-wide keys; --visibility account matches them"));
            CliCommand c = new CliCommand("ibmcloud pi ssh-key create").value(f.text("name").orElse(""));
            f.text("sshKey").ifPresent(v -> c.rawFlag("--key", shell.quote(v)));
            c.flag("--visibility", "account");
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.DeleteSshKey a) {
            return done(new CliCommand("ibmcloud pi ssh-key delete").value(a.keyName()), null);
        }

        @Override
        public List<String> visit(CodeAction.ImportImage a) {
            Fields f = Fields.of(a.request());
            f.text("source");
            if (CreateImage.SOURCE_ROOT_PROJECT.equals(a.request().source())) {
                f.text("imageName").ifPresent(n -> lines.add(shell.comment(
                        "The console names the copy " + n + "; the CLI keeps the stock image's name")));
                return done(new CliCommand("ibmcloud pi image create").value(f.text("imageID").orElse("")), f);
            }
            CliCommand c = new CliCommand("ibmcloud pi image import").value(f.text("imageName").orElse(""));
            f.text("bucketName").ifPresent(v -> c.flag("--bucket", v));
            f.text("imageFilename").ifPresent(v -> c.flag("--image-file-name", v));
            f.text("region").ifPresent(v -> c.flag("--region", v));
            f.text("accessKey").ifPresent(v -> c.rawFlag("--access-key", env("COS_ACCESS_KEY")));
            f.text("secretKey").ifPresent(v -> c.rawFlag("--secret-key", env("COS_SECRET_KEY")));
            f.text("osType").ifPresent(v -> c.flag("--os-type", v));
            f.text("diskType").ifPresent(v -> c.flag("--storage-tier", v));
            f.text("storagePool").ifPresent(v -> c.flag("--storage-pool", v));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.AddNetworkInterface a) {
            about("Server", a.instance());
            about("Network", a.network());
            Fields f = Fields.of(a.request());
            CliCommand create = new CliCommand("ibmcloud pi network-interface create")
                    .value(f.text("name").orElse("")).flag("--network-id", a.network().id());
            f.text("ipAddress").ifPresent(v -> create.flag("--ip-address", v));
            f.strings("userTags").ifPresent(v -> create.flag("--user-tags", String.join(",", v)));
            done(create, f);
            String variable = CurlRenderer.INTERFACE_VARIABLE;
            lines.add(shell.comment("Then attach it to the server: set " + (shell == Shell.POSIX
                    ? variable + "=<id>" : "$" + variable + " = '<id>'") + " with the id the create printed"));
            return done(new CliCommand("ibmcloud pi network-interface update").rawValue(shell == Shell.POSIX
                    ? "\"$" + variable + "\"" : "$" + variable).flag("--network-id", a.network().id())
                    .flag("--instance-id", a.instance().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.RemoveNetworkInterface a) {
            about("Server", a.instance());
            about("Network", a.network());
            lines.add(shell.comment("Detach the interface from the server (an empty instance id), then delete it"));
            done(new CliCommand("ibmcloud pi network-interface update").value(a.networkInterface().id())
                    .flag("--network-id", a.network().id()).flag("--instance-id", ""), null);
            return done(new CliCommand("ibmcloud pi network-interface delete").value(a.networkInterface().id())
                    .flag("--network-id", a.network().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.SetConsoleLanguage a) {
            about("Server", a.instance());
            return done(new CliCommand("ibmcloud pi instance console update").value(a.instance().id())
                    .flag("--code", a.code()), null);
        }

        @Override
        public List<String> visit(CodeAction.CreatePool a) {
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi shared-processor-pool create").value(f.text("name").orElse(""));
            f.text("hostGroup").ifPresent(v -> c.flag("--host-group", v));
            f.number("reservedCores").ifPresent(v -> c.flag("--reserved-cores", v));
            f.text("hostID").ifPresent(v -> c.flag("--host-id", v));
            f.text("placementGroupID").ifPresent(v -> c.flag("--placement-group-id", v));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.ResizePool a) {
            about("Pool", a.pool());
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi shared-processor-pool update").value(a.pool().id());
            f.text("name").ifPresent(v -> c.flag("--name", v));
            f.number("reservedCores").ifPresent(v -> c.flag("--reserved-cores", v));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.DeletePool a) {
            about("Pool", a.pool());
            return done(new CliCommand("ibmcloud pi shared-processor-pool delete").value(a.pool().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.CreatePlacementGroup a) {
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi placement-group create").value(f.text("name").orElse(""));
            f.text("policy").ifPresent(v -> c.flag("--policy", v));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.DeletePlacementGroup a) {
            about("Placement group", a.group());
            return done(new CliCommand("ibmcloud pi placement-group delete").value(a.group().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.PlacementGroupMember a) {
            about("Placement group", a.group());
            about("Server", a.server());
            return done(new CliCommand("ibmcloud pi placement-group " + (a.add() ? "server-add" : "server-remove"))
                    .value(a.group().id()).flag("--server", a.server().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.CreateSppPlacementGroup a) {
            Fields f = Fields.of(a.request());
            CliCommand c = new CliCommand("ibmcloud pi shared-processor-pool placement-group create")
                    .value(f.text("name").orElse(""));
            f.text("policy").ifPresent(v -> c.flag("--policy", v));
            f.strings("userTags").ifPresent(v -> c.flag("--user-tags", String.join(",", v)));
            return done(c, f);
        }

        @Override
        public List<String> visit(CodeAction.DeleteSppPlacementGroup a) {
            about("SPP placement group", a.group());
            return done(new CliCommand("ibmcloud pi shared-processor-pool placement-group delete")
                    .value(a.group().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.SppPlacementGroupMember a) {
            about("SPP placement group", a.group());
            about("Pool", a.pool());
            return done(new CliCommand("ibmcloud pi shared-processor-pool placement-group "
                    + (a.add() ? "member-add" : "member-remove")).value(a.group().id())
                    .flag("--shared-processor-pool", a.pool().id()), null);
        }

        @Override
        public List<String> visit(CodeAction.Existing a) {
            CodeAction d = a.definition();
            if (d instanceof CodeAction.CreateSppPlacementGroup) {
                about("SPP placement group", a.object());
                return done(new CliCommand("ibmcloud pi shared-processor-pool placement-group get")
                        .value(a.object().id()).option("--json"), null);
            }
            if (d instanceof CodeAction.CreatePlacementGroup) {
                about("Placement group", a.object());
                return done(new CliCommand("ibmcloud pi placement-group get").value(a.object().id())
                        .option("--json"), null);
            }
            if (d instanceof CodeAction.CreatePool) {
                about("Pool", a.object());
                return done(new CliCommand("ibmcloud pi shared-processor-pool get").value(a.object().id())
                        .option("--json"), null);
            }
            if (d instanceof CodeAction.AddNetworkInterface nic) {
                about("Server", nic.instance());
                about("Network", nic.network());
                about("Interface", a.object());
                return done(new CliCommand("ibmcloud pi network-interface get").value(a.object().id())
                        .flag("--network-id", nic.network().id()).option("--json"), null);
            }
            if (d instanceof CodeAction.CreateSnapshot snapshot) {
                about("Server", snapshot.instance());
                about("Snapshot", a.object());
                return done(new CliCommand("ibmcloud pi instance snapshot get").value(a.object().id())
                        .option("--json"), null);
            }
            String noun = d instanceof CodeAction.CreateInstance ? "instance" : d instanceof CodeAction.CreateVolume
                    ? "volume" : d instanceof CodeAction.CreateNetwork ? "subnet"
                    : d instanceof CodeAction.ImportImage ? "image" : "ssh-key";
            about(Map.of("instance", "Server", "volume", "Volume", "subnet", "Network", "ssh-key", "Key",
                            "image", "Image").get(noun),
                    a.object());
            return done(new CliCommand("ibmcloud pi " + noun + " get").value(a.object().id()).option("--json"),
                    null);
        }

        @Override
        public List<String> visit(CodeAction.DeleteImage a) {
            about("Image", a.image());
            return done(new CliCommand("ibmcloud pi image delete").value(a.image().id()), null);
        }
    }
}
