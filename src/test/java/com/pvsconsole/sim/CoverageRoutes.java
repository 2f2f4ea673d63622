package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * Drives every route added for issue 13 (snapshots, volume changes, network interfaces, catalogs, pools and
 * placement groups, console language, SAP, NSGs, DHCP) once in success and in its main refusals, so
 * {@link SimulatorContractTest} checks each exchange against the definition.
 */
final class CoverageRoutes {

    private final SimHttp http;
    private final ManualClock clock;
    private final String base;
    private final String base2;

    CoverageRoutes(SimHttp http, ManualClock clock, String workspaceId) {
        this.http = http;
        this.clock = clock;
        this.base = "/pcloud/v1/cloud-instances/" + workspaceId;
        this.base2 = "/pcloud/v2/cloud-instances/" + workspaceId;
    }

    private JsonNode ok(SimHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        return answer.text().isEmpty() ? null : answer.json();
    }

    private void later() {
        clock.advance(Duration.ofMinutes(10));
    }

    void exercise(String vm, String net) {
        snapshots(vm);
        volumes();
        networkInterfaces(vm, net);
        catalogs(vm);
        pools(vm);
    }

    private void snapshots(String vm) {
        String one = base + "/pvm-instances/" + vm;
        String snap = ok(http.post("us-south", one + "/snapshots", "{\"name\":\"contract-snap\"}"), 202)
                .get("snapshotID").asText();
        ok(http.post("us-south", one + "/snapshots", "{\"name\":\"contract-snap\"}"), 409);
        ok(http.get("us-south", one + "/snapshots"), 200);
        ok(http.get("us-south", base + "/snapshots"), 200);
        later();
        ok(http.get("us-south", base + "/snapshots/" + snap), 200);
        ok(http.post("us-south", one + "/snapshots/" + snap + "/restore", "{}"), 202); // the instance is stopped
        ok(http.post("us-south", one + "/snapshots/" + snap + "/restore", "{}"), 409); // still restoring
        later();
        ok(http.post("us-south", one + "/snapshots/" + snap + "/restore", "{\"force\":true}"), 202);
        later();
        ok(http.delete("us-south", base + "/snapshots/" + snap), 202);
    }

    private void volumes() {
        String vol = ok(http.post("us-south", base + "/volumes", "{\"name\":\"contract-grow\",\"size\":20}"), 202)
                .get("volumeID").asText();
        String other = ok(http.post("us-south", base + "/volumes", "{\"name\":\"contract-other\",\"size\":10}"), 202)
                .get("volumeID").asText();
        later();
        ok(http.put("us-south", base + "/volumes/" + vol, "{\"size\":10}"), 422);
        ok(http.put("us-south", base + "/volumes/" + vol, "{\"size\":40,\"name\":\"contract-grown\",\"bootable\":true}"), 200);
        ok(http.post("us-south", base + "/volumes/" + vol + "/action", "{\"targetStorageTier\":\"tier1\"}"), 202);
        ok(http.post("us-south", base + "/volumes/" + vol + "/action", "{\"targetStorageTier\":\"tier9\"}"), 400);
        String task = ok(http.post("us-south", base2 + "/volumes/clone", "{\"name\":\"contract\",\"volumeIDs\":[\""
                + vol + "\"]}"), 202).get("cloneTaskID").asText();
        ok(http.get("us-south", base2 + "/volumes/clone-tasks/" + task), 200);
        later();
        JsonNode done = ok(http.get("us-south", base2 + "/volumes/clone-tasks/" + task), 200);
        String copy = done.get("clonedVolumes").get(0).get("clonedVolumeID").asText();
        ok(http.send("us-south", "DELETE", base2 + "/volumes", "{\"volumeIDs\":[\"" + vol + "\",\"" + copy + "\",\""
                + other + "\"]}", http.crnOf(base.substring(base.lastIndexOf('/') + 1))), 202);
        ok(http.send("us-south", "DELETE", base2 + "/volumes", "{\"volumeIDs\":[\"gone\"]}",
                http.crnOf(base.substring(base.lastIndexOf('/') + 1))), 206);
        ok(http.post("us-south", base + "/images", "{\"source\":\"url\",\"imageName\":\"x\",\"bucketName\":\"b\","
                + "\"imageFilename\":\"x.ova.gz\",\"region\":\"us-south\",\"osType\":\"aix\"}"), 422);
        later();
    }

    private void networkInterfaces(String vm, String vmNetwork) {
        ok(http.put("us-south", "/v1/networks/" + vmNetwork + "/network-interfaces/nope", "{\"instanceID\":\"\"}"), 404);
        String net = ok(http.post("us-south", base + "/networks", "{\"type\":\"vlan\",\"name\":\"contract-second\","
                + "\"cidr\":\"192.168.51.0/24\"}"), 201).get("networkID").asText();
        String nics = "/v1/networks/" + net + "/network-interfaces";
        String nic = ok(http.post("us-south", nics, "{\"name\":\"contract-nic\"}"), 201).get("id").asText();
        ok(http.get("us-south", nics), 200);
        ok(http.get("us-south", nics + "/" + nic), 200);
        ok(http.put("us-south", nics + "/" + nic, "{\"instanceID\":\"" + vm + "\"}"), 200);
        ok(http.put("us-south", nics + "/" + nic, "{\"instanceID\":\"" + vm + "\"}"), 422);
        ok(http.delete("us-south", nics + "/" + nic), 409);
        ok(http.put("us-south", nics + "/" + nic, "{\"instanceID\":\"\"}"), 200);
        ok(http.delete("us-south", nics + "/" + nic), 200);
        ok(http.delete("us-south", base + "/networks/" + net), 200);
        ok(http.get("us-south", "/v1/network-security-groups"), 200);
        ok(http.get("us-south", base + "/services/dhcp"), 200);
    }

    private void catalogs(String vm) {
        ok(http.get("us-south", base + "/system-pools"), 200);
        ok(http.get("us-south", base + "/storage-tiers"), 200);
        ok(http.get("us-south", base + "/storage-capacity/storage-pools"), 200);
        String profile = ok(http.get("us-south", base + "/sap"), 200).get("profiles").get(0).get("profileID").asText();
        ok(http.get("us-south", base + "/sap/" + profile), 200);
        String code = ok(http.get("us-south", base + "/pvm-instances/" + vm + "/console"), 200)
                .get("consoleLanguages").get(1).get("code").asText();
        ok(http.put("us-south", base + "/pvm-instances/" + vm + "/console", "{\"code\":\"" + code + "\"}"), 200);
        ok(http.put("us-south", base + "/pvm-instances/" + vm + "/console", "{\"code\":\"999\"}"), 400);
    }

    private void pools(String vm) {
        String pools = base + "/shared-processor-pools";
        String pool = ok(http.post("us-south", pools, "{\"name\":\"contract_spp\",\"hostGroup\":\"s922\",\"reservedCores\":2}"),
                202).get("id").asText();
        ok(http.post("us-south", pools, "{\"name\":\"contract_spp\",\"hostGroup\":\"s922\",\"reservedCores\":2}"), 409);
        ok(http.post("us-south", pools, "{\"name\":\"x\",\"hostGroup\":\"s922\",\"reservedCores\":2}"), 422);
        ok(http.get("us-south", pools), 200);
        ok(http.get("us-south", pools + "/" + pool), 200);
        ok(http.put("us-south", pools + "/" + pool, "{\"reservedCores\":4}"), 200);
        ok(http.put("us-south", pools + "/" + pool, "{\"reservedCores\":99}"), 400);
        String sppGroups = base + "/spp-placement-groups";
        String sppGroup = ok(http.post("us-south", sppGroups, "{\"name\":\"contract_g\",\"policy\":\"anti-affinity\"}"), 200)
                .get("id").asText();
        ok(http.get("us-south", sppGroups), 200);
        ok(http.get("us-south", sppGroups + "/" + sppGroup), 200);
        ok(http.post("us-south", sppGroups + "/" + sppGroup + "/members/" + pool, null), 200);
        ok(http.post("us-south", sppGroups + "/" + sppGroup + "/members/" + pool, null), 409);
        ok(http.delete("us-south", sppGroups + "/" + sppGroup + "/members/" + pool), 200);
        ok(http.delete("us-south", sppGroups + "/" + sppGroup), 200);
        ok(http.delete("us-south", pools + "/" + pool), 200);

        String groups = base + "/placement-groups";
        String group = ok(http.post("us-south", groups, "{\"name\":\"contract-pg\",\"policy\":\"affinity\"}"), 200)
                .get("id").asText();
        ok(http.get("us-south", groups), 200);
        ok(http.get("us-south", groups + "/" + group), 200);
        ok(http.post("us-south", groups + "/" + group + "/members", "{\"id\":\"" + vm + "\"}"), 200);
        ok(http.post("us-south", groups + "/" + group + "/members", "{\"id\":\"" + vm + "\"}"), 409);
        ok(http.send("us-south", "DELETE", groups + "/" + group + "/members", "{\"id\":\"" + vm + "\"}",
                http.crnOf(base.substring(base.lastIndexOf('/') + 1))), 200);
        ok(http.delete("us-south", groups + "/" + group), 200);
    }
}
