package com.pvsconsole.api;

/** The {@code action} values of {@code PVMInstanceAction}, with their exact wire spelling. */
public enum InstanceAction {
    START("start"),
    STOP("stop"),
    SOFT_REBOOT("soft-reboot"),
    HARD_REBOOT("hard-reboot"),
    IMMEDIATE_SHUTDOWN("immediate-shutdown"),
    RESET_STATE("reset-state"),
    DUMP_RESTART("dumprestart"),
    DHCP_IP_SYNC("dhcp-ip-sync");

    private final String wireValue;

    InstanceAction(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }
}
