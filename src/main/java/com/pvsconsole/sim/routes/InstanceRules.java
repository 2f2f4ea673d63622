package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import java.util.Set;

/** The service's rules on instance sizes and on when an instance may be changed. */
final class InstanceRules {

    /** States in which the instance is busy with earlier work and refuses new work (409). */
    static final Set<String> TRANSIENT = Set.of("BUILD", "RESIZE", "VERIFY_RESIZE", "DELETING", "STOPPING",
            "REBOOT", "HARD_REBOOT");

    private InstanceRules() {
    }

    static void checkSize(String procType, double processors, double memory) {
        if (procType.equals("dedicated")) {
            if (processors < 1 || processors != Math.floor(processors)) {
                throw ApiException.badRequest("dedicated processors must be a whole number of at least 1, was " + processors);
            }
        } else if (processors < 0.25 || Math.round(processors * 4) != processors * 4) {
            throw ApiException.badRequest(procType + " processors must be at least 0.25 in steps of 0.25, was " + processors);
        }
        if (processors > 64) {
            throw ApiException.badRequest("processors must be at most 64, was " + processors);
        }
        if (memory < 2 || memory > 2048) {
            throw ApiException.badRequest("memory must be between 2 and 2048 GB, was " + memory);
        }
    }

    static boolean busy(ObjectNode inst) {
        return TRANSIENT.contains(inst.get("status").asText()) || !inst.path("taskState").asText("").isEmpty();
    }

    static void requireSettled(ObjectNode inst) {
        if (busy(inst)) {
            throw ApiException.conflict("instance " + inst.get("serverName").asText() + " is busy ("
                    + inst.get("status").asText() + describeTask(inst) + "); try again when it has finished");
        }
    }

    private static String describeTask(ObjectNode inst) {
        String task = inst.path("taskState").asText("");
        return task.isEmpty() ? "" : ", " + task;
    }
}
