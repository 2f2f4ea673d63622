package com.pvsconsole.sim.state;

import java.time.LocalDate;

/**
 * Draws what a generated instance looks like, in proportions seen on real Power estates: about
 * a third AIX, a quarter IBM i, the rest Linux (RHEL, SLES for SAP); most ACTIVE, some SHUTOFF,
 * a few ERROR (with the fault the service reports) and a few whose health is WARNING.
 */
final class InstanceMix {

    private static final String[] AIX_ROLES = {"db", "app", "ora", "hub", "mq"};
    private static final String[] IBMI_ROLES = {"erp", "prd", "dev", "wms"};
    private static final String[] RHEL_ROLES = {"app", "web", "sap", "k8s", "batch"};
    private static final String[] SLES_ROLES = {"hana", "sap", "app"};
    private static final String[] SYS = {"s922", "s922", "e980", "s1022", "e1080"};
    private static final String[] FAULTS = {
        "Host s922-%s-%02d lost storage connectivity during migration",
        "Boot volume could not be attached: No valid host was found",
        "The operating system did not respond to the RMC health check after the restart",
        "Deploy failed: the storage pool has no capacity left for the boot volume",
    };
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

    private final IdSource random;

    InstanceMix(IdSource random) {
        this.random = random;
    }

    /** One instance: what it runs, its size, and how it is doing. */
    record Pick(String os, String name, double processors, double memory, String procType, String sysType,
                String storageType, String status, String health, String healthReason, String fault, String created) {
    }

    Pick next(int index, String zone) {
        int roll = random.nextInt(100);
        String os = roll < 35 ? "aix" : roll < 60 ? "ibmi" : roll < 85 ? "rhel" : "sles";
        String[] roles = switch (os) {
            case "aix" -> AIX_ROLES;
            case "ibmi" -> IBMI_ROLES;
            case "rhel" -> RHEL_ROLES;
            default -> SLES_ROLES;
        };
        String role = roles[random.nextInt(roles.length)];
        String name = String.format("%s-%s-%05d", os, role, index);
        int procRoll = random.nextInt(10);
        String procType = procRoll < 6 ? "shared" : procRoll < 8 ? "capped" : "dedicated";
        double processors = procType.equals("dedicated") ? 1 + random.nextInt(8) : 0.25 * (1 + random.nextInt(16));
        double memory = (os.equals("sles") && role.equals("hana") ? 128 : 4) * (1 + random.nextInt(16));
        String sysType = os.equals("sles") && role.equals("hana") ? "e980" : SYS[random.nextInt(SYS.length)];
        String storageType = random.nextInt(3) == 0 ? "tier1" : "tier3";
        int state = random.nextInt(100);
        String status = state < 5 ? "ERROR" : state < 17 ? "SHUTOFF" : "ACTIVE";
        String health = status.equals("ERROR") ? "CRITICAL" : state >= 97 ? "WARNING" : "OK";
        String reason = health.equals("WARNING") ? "RMC connection to the operating system is down" : "";
        String fault = status.equals("ERROR")
                ? String.format(FAULTS[random.nextInt(FAULTS.length)], zone, 1 + random.nextInt(40)) : null;
        String created = FIRST_DAY.plusDays(random.nextInt(600)) + "T" + twoDigits(6 + random.nextInt(12)) + ":"
                + twoDigits(random.nextInt(60)) + ":00Z";
        return new Pick(os, name, processors, memory, procType, sysType, storageType, status, health, reason, fault,
                created);
    }

    /** When a generated ERROR happened: in the last weeks before the demo's "now" (late November 2026). */
    String faultDate() {
        return LocalDate.of(2026, 10, 1).plusDays(random.nextInt(55)) + "T0" + random.nextInt(10) + ":12:00Z";
    }

    /** A boot volume's size in GB for the operating system. */
    double bootSize(String os) {
        return switch (os) {
            case "aix" -> 40 + 20 * random.nextInt(4);
            case "ibmi" -> 80 + 40 * random.nextInt(4);
            default -> 50 + 25 * random.nextInt(3);
        };
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
