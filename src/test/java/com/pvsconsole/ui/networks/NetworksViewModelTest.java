package com.pvsconsole.ui.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.resources.NetworkService;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Networks view-model against the real simulator over HTTP, with the same-thread executor. */
class NetworksViewModelTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SimulatedWorkspace ws;
    private NetworksViewModel model;

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        model = new NetworksViewModel(ws.inventory(), ws.scope(), new NetworkService(ws.client(), ws.executor(),
                java.time.Clock.systemUTC()), dialogs, messages);
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void should_list_networks_with_cidr_gateway_dns_and_ip_usage() {
        // given the demo workspace opened: the list answer shows type and VLAN, no detail call yet
        NetworkRow mgmt = model.row("prod-mgmt").orElseThrow();
        assertThat(mgmt.typeProperty().get()).isEqualTo("vlan");
        assertThat(mgmt.cidrProperty().get()).isEmpty();

        // when the user selects the network, then its full addressing is shown
        model.select(mgmt);
        assertThat(mgmt.cidrProperty().get()).isEqualTo("10.10.10.0/24");
        assertThat(mgmt.gatewayProperty().get()).isEqualTo("10.10.10.1");
        assertThat(mgmt.dnsProperty().get()).isEqualTo("10.10.10.2, 9.9.9.9");
        assertThat(mgmt.vlanProperty().get()).isEqualTo("100");
        assertThat(mgmt.usageProperty().get()).matches("\\d+ used / \\d+ available");
    }

    @Test
    void should_list_the_ports_of_the_selected_network_with_instance_names() {
        // when a network with instances on it is selected
        model.select(model.row("prod-mgmt").orElseThrow());

        // then its ports show IP, MAC and the instance by name
        assertThat(model.ports()).isNotEmpty();
        assertThat(model.ports()).allSatisfy(port -> {
            assertThat(port.ipAddress()).startsWith("10.10.10.");
            assertThat(port.macAddress()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
        });
        java.util.List<String> names = ws.client().listInstances(ws.context(), CancellationToken.none()).stream()
                .map(i -> i.serverName()).toList();
        assertThat(model.ports()).anySatisfy(port -> assertThat(port.instance()).isIn(names));
    }

    @Test
    void should_refuse_addressing_mistakes_inline() {
        CreateNetworkForm form = model.newCreateForm();
        form.nameProperty().set("bad name");
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("network.error.namePattern"));
        form.nameProperty().set("prod-mgmt");
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("network.error.nameTaken", "prod-mgmt"));
        form.nameProperty().set("x".repeat(129));
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("network.error.nameLength", 128));
        form.nameProperty().set("vm-test-net");
        assertThat(form.nameErrorProperty().get()).isEmpty();

        assertThat(form.cidrErrorProperty().get()).isEqualTo(messages.get("network.error.cidrMissing"));
        form.cidrProperty().set("192.168.10.5/24");
        assertThat(form.cidrErrorProperty().get()).isEqualTo(messages.get("network.error.cidrHostBits", "192.168.10.5/24", "192.168.10.0/24"));
        form.cidrProperty().set("192.168.10.0/24");
        assertThat(form.cidrErrorProperty().get()).isEmpty();
        form.gatewayProperty().set("192.168.11.1");
        assertThat(form.gatewayErrorProperty().get())
                .isEqualTo(messages.get("network.error.gatewayOutside", "192.168.11.1", "192.168.10.0/24"));
        form.gatewayProperty().set("192.168.10.1");
        form.rangesProperty().set("192.168.10.1-192.168.10.50");
        assertThat(form.rangesErrorProperty().get()).isEqualTo(messages.get("network.error.rangeGateway", "192.168.10.1"));
        form.rangesProperty().set("192.168.10.2-192.168.11.9");
        assertThat(form.rangesErrorProperty().get()).startsWith("The range 192.168.10.2-192.168.11.9 must lie inside");
        form.rangesProperty().set("192.168.10.2-192.168.10.100, 192.168.10.50-192.168.10.60");
        assertThat(form.rangesErrorProperty().get()).isEqualTo(messages.get("network.error.rangeOverlap", "192.168.10.50-192.168.10.60"));
        form.dnsProperty().set("9.9.9.999");
        assertThat(form.dnsErrorProperty().get()).isEqualTo(messages.get("network.error.address", "9.9.9.999"));
        form.mtuProperty().set("100");
        assertThat(form.mtuErrorProperty().get()).isNotEmpty();
        assertThat(form.validProperty().get()).isFalse();

        // and a public network needs none of the addressing
        form.typeProperty().set("pub-vlan");
        form.mtuProperty().set("");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void should_create_a_private_network_and_delete_it_with_the_typed_name() {
        // given a valid vlan form
        CreateNetworkForm form = model.newCreateForm();
        form.nameProperty().set("vm-test-net");
        form.cidrProperty().set("192.168.50.0/24");
        form.gatewayProperty().set("192.168.50.1");
        form.dnsProperty().set("9.9.9.9");
        form.rangesProperty().set("192.168.50.10-192.168.50.100");
        assertThat(form.validProperty().get()).isTrue();

        // when it is created
        model.create(form);

        // then the row shows what the service made and the service has it
        NetworkRow row = model.row("vm-test-net").orElseThrow();
        assertThat(row.cidrProperty().get()).isEqualTo("192.168.50.0/24");
        assertThat(row.rangesProperty().get()).isEqualTo("192.168.50.10 \u2013 192.168.50.100");
        assertThat(ws.client().listNetworks(ws.context(), CancellationToken.none()))
                .extracting(NetworkReference::name).contains("vm-test-net");

        // when it is deleted after typing its name
        model.select(row);
        model.deleteSelected();

        // then it is gone from the page and from the service
        assertThat(dialogs.wasAsked("delete network vm-test-net")).isTrue();
        assertThat(model.row("vm-test-net")).isEmpty();
        assertThat(ws.client().listNetworks(ws.context(), CancellationToken.none()))
                .extracting(NetworkReference::name).doesNotContain("vm-test-net");
        assertThat(ws.finished("Create network")).extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.SUCCEEDED);
        assertThat(ws.finished("Delete network")).extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.SUCCEEDED);
    }

    @Test
    void should_create_a_public_network_without_addressing() {
        CreateNetworkForm form = model.newCreateForm();
        form.nameProperty().set("vm-test-public");
        form.typeProperty().set("pub-vlan");

        model.create(form);

        assertThat(model.row("vm-test-public").orElseThrow().cidrProperty().get()).isNotBlank();
        assertThat(model.status().problemProperty().get()).isNull();
    }

    @Test
    void should_show_the_server_refusal_when_the_network_is_in_use() {
        // given a network instances are attached to
        model.select(model.row("prod-mgmt").orElseThrow());

        // when the user deletes it
        model.deleteSelected();

        // then the 409 shows with its message, and the network stays
        assertThat(model.status().problemProperty().get()).isNotNull()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.serverMessage()).contains("prod-mgmt");
                    assertThat(p.hint()).isNotBlank();
                });
        assertThat(model.row("prod-mgmt")).isPresent();
    }
}
