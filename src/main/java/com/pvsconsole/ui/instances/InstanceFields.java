package com.pvsconsole.ui.instances;

import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceHealth;
import com.pvsconsole.api.model.PvmInstanceNetwork;
import com.pvsconsole.api.model.PvmInstanceReference;
import java.util.List;

/**
 * The columns of one instance, taken from either the list answer (reference) or a full get,
 * so a row can be updated from both without caring which one arrived.
 */
record InstanceFields(String id, String name, String status, String health, String os, double processors,
                      String procType, double memoryGb, String sysType, String ips, String created, String fault) {

    static InstanceFields of(PvmInstanceReference ref) {
        return new InstanceFields(ref.pvmInstanceID(), text(ref.serverName()), text(ref.status()), health(ref.health()),
                os(ref.osType(), ref.operatingSystem()), number(ref.processors()), text(ref.procType()),
                number(ref.memory()), text(ref.sysType()), ips(ref.networks(), ref.addresses()), text(ref.creationDate()),
                FaultText.of(ref.fault()));
    }

    static InstanceFields of(PvmInstance full) {
        return new InstanceFields(full.pvmInstanceID(), text(full.serverName()), text(full.status()), health(full.health()),
                os(full.osType(), full.operatingSystem()), number(full.processors()), text(full.procType()),
                number(full.memory()), text(full.sysType()), ips(full.networks(), full.addresses()),
                text(full.creationDate()), FaultText.of(full.fault()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static double number(Double value) {
        return value == null ? 0 : value;
    }

    private static String health(PvmInstanceHealth health) {
        return health == null || health.status() == null ? "" : health.status();
    }

    private static String os(String osType, String operatingSystem) {
        if (operatingSystem != null && !operatingSystem.isBlank()) {
            return operatingSystem;
        }
        return text(osType);
    }

    private static String ips(List<PvmInstanceNetwork> networks, List<PvmInstanceNetwork> addresses) {
        List<PvmInstanceNetwork> source = networks != null && !networks.isEmpty() ? networks : addresses;
        if (source == null) {
            return "";
        }
        // A loop, not a stream: this runs for every row when thousands arrive at once on the FX thread.
        StringBuilder joined = new StringBuilder();
        List<String> seen = new java.util.ArrayList<>(source.size());
        for (PvmInstanceNetwork n : source) {
            String ip = n.ipAddress() != null ? n.ipAddress() : n.ip();
            if (ip != null && !seen.contains(ip)) {
                seen.add(ip);
                joined.append(joined.length() == 0 ? "" : ", ").append(ip);
            }
        }
        return joined.toString();
    }
}
