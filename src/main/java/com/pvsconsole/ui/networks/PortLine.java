package com.pvsconsole.ui.networks;

/** One port on a network as the details list shows it. */
public record PortLine(String ipAddress, String macAddress, String instance, String status) {
}
