package com.pvsconsole.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkPort;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterfacePortsTest {

    @Test
    void should_keep_address_mac_status_and_owner_of_each_interface() {
        NetworkInterface attached = new NetworkInterface("crn", null, "nic-1", new NetworkInterface.Instance("/vm-1",
                "vm-1"), "10.0.0.11", "fa:16:3e:00:00:01", "web01-app", null, List.of(), "ACTIVE", null);
        NetworkInterface free = new NetworkInterface("crn", null, "nic-2", null, "10.0.0.12", "fa:16:3e:00:00:02",
                "reserved", null, List.of(), "DOWN", null);

        List<NetworkPort> ports = InterfacePorts.asPorts(List.of(attached, free));

        assertThat(ports).extracting(NetworkPort::ipAddress).containsExactly("10.0.0.11", "10.0.0.12");
        assertThat(ports).extracting(NetworkPort::status).containsExactly("ACTIVE", "DOWN");
        assertThat(ports.get(0).pvmInstance().path("pvmInstanceID").asText()).isEqualTo("vm-1");
        assertThat(ports.get(1).pvmInstance()).isNull();
        assertThat(ports.get(0).macAddress()).isEqualTo("fa:16:3e:00:00:01");
    }
}
