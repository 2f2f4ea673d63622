package com.pvsconsole.ui.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceNetwork;
import com.pvsconsole.service.inventory.InstanceDetails;
import com.pvsconsole.service.networks.InstanceInterface;
import com.pvsconsole.service.networks.InstanceNetworks;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.instances.InstancesViewModel;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The details pane's Networks tab against the real simulator over HTTP, with the same-thread executor. */
class InstanceNetworksViewModelTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SimpleObjectProperty<InstanceRow> row = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<InstanceDetails> details = new SimpleObjectProperty<>();
    private SimulatedWorkspace ws;
    private InstanceNetworksViewModel model;

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        InstancesViewModel instances = new InstancesViewModel(ws.inventory(), ws.scope(), messages);
        ws.open();
        model = new InstanceNetworksViewModel(new InstanceNetworks(ws.client(), ws.executor()), ws.inventory(), row,
                details, this::reloadDetails, dialogs, messages);
        // a fresh private network no server is on (the demo's servers are on every network it has), and an
        // ACTIVE server
        ws.direct().createNetwork(ws.context(), NetworkCreate.builder().name("app-net").type("vlan")
                .cidr("192.168.77.0/24").gateway("192.168.77.1").build(), CancellationToken.none());
        ws.inventory().refresh(ws.scope().get());
        InstanceRow server = instances.allRows().stream().filter(r -> r.status().equals("ACTIVE")).findFirst()
                .orElseThrow();
        row.set(server);
        reloadDetails();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<PvmInstanceNetwork> networksOf(String instanceId) {
        return ws.direct().getInstance(ws.context(), instanceId, CancellationToken.none()).networks();
    }

    private void reloadDetails() {
        PvmInstance fresh = ws.direct().getInstance(ws.context(), row.get().id(), CancellationToken.none());
        details.set(new InstanceDetails(fresh, List.of(), List.of()));
    }

    private NetworkReference network(boolean serverIsOnIt) {
        List<String> on = networksOf(row.get().id()).stream().map(PvmInstanceNetwork::networkID).toList();
        return ws.inventory().networks(ws.scope().get()).stream()
                .filter(n -> on.contains(n.networkID()) == serverIsOnIt)
                .filter(n -> serverIsOnIt || "vlan".equals(n.type())).findFirst().orElseThrow();
    }

    @Test
    void should_list_the_servers_interfaces_from_network_interfaces_not_ports() {
        List<PvmInstanceNetwork> expected = networksOf(row.get().id());
        assertThat(model.interfaces()).extracting(InstanceInterface::networkId)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(PvmInstanceNetwork::networkID).toList());
        assertThat(model.interfaces()).extracting(InstanceInterface::ipAddress)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(PvmInstanceNetwork::ipAddress).toList());
        assertThat(ws.recording().calls()).anyMatch(c -> c.startsWith("listNetworkInterfaces"))
                .noneMatch(c -> c.contains("Ports"));
    }

    @Test
    void should_explain_next_to_the_field_a_network_the_server_is_already_on_and_send_nothing() {
        // given the add form
        AddNetworkForm form = model.newAddForm();
        assertThat(form.networkErrorProperty().get()).isEqualTo(messages.get("network.add.choose"));

        // when the user picks the network the server is on
        NetworkReference current = network(true);
        form.networkProperty().set(current);

        // then the field says so and the form cannot be sent
        assertThat(form.networkErrorProperty().get())
                .isEqualTo(messages.get("rule.network.alreadyOn", current.name()));
        assertThat(form.validProperty().get()).isFalse();
        model.submit(form);
        assertThat(ws.recording().calls()).noneMatch(c -> c.startsWith("createNetworkInterface"));

        // and another network is fine
        form.networkProperty().set(network(false));
        assertThat(form.networkErrorProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void should_add_a_network_to_a_running_server_and_show_its_new_interface() {
        // given a network the server is not on
        NetworkReference other = network(false);
        AddNetworkForm form = model.newAddForm();
        form.networkProperty().set(other);

        int before = model.interfaces().size();

        // when it is added
        model.submit(form);

        assertThat(model.status().problemProperty().get()).as("problem").isNull();
        // then the server is on both, the tab lists the new interface, and the notice names the address
        assertThat(networksOf(row.get().id())).extracting(PvmInstanceNetwork::networkID).contains(other.networkID());
        assertThat(model.interfaces()).hasSize(before + 1).extracting(InstanceInterface::networkId)
                .contains(other.networkID());
        assertThat(model.status().noticeProperty().get()).contains(other.name()).contains(row.get().name());
        assertThat(model.status().problemProperty().get()).isNull();
    }

    @Test
    void should_remove_networks_after_a_confirmation_but_refuse_the_last_one_with_the_reason() {
        // given the server's networks removed, each after a risky confirmation, down to one
        while (model.interfaces().size() > 1) {
            InstanceInterface nic = model.interfaces().get(0);
            model.selectedProperty().set(nic);
            model.removeSelected();
            assertThat(networksOf(row.get().id())).extracting(PvmInstanceNetwork::networkID)
                    .doesNotContain(nic.networkId());
        }
        assertThat(dialogs.wasAsked("confirm")).isTrue();
        dialogs.asked.clear();
        long updates = ws.recording().calls().stream().filter(c -> c.startsWith("updateNetworkInterface")).count();

        // when the user removes the last one
        model.selectedProperty().set(model.interfaces().get(0));
        model.removeSelected();

        // then the refusal is explained, nothing is asked and nothing is sent
        assertThat(model.status().noticeProperty().get()).isEqualTo(messages.get("rule.network.last"));
        assertThat(model.status().refusalProperty().get()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(ws.recording().calls().stream().filter(c -> c.startsWith("updateNetworkInterface")).count())
                .isEqualTo(updates);
        assertThat(networksOf(row.get().id())).hasSize(1);
    }

    @Test
    void should_offer_the_add_as_code_once_a_network_that_can_be_added_is_chosen() {
        // given the add form with nothing chosen
        AddNetworkForm form = model.newAddForm();
        assertThat(model.addCode(form)).isEmpty();

        // when a network the server is not on is chosen
        NetworkReference other = network(false);
        form.networkProperty().set(other);
        String curl = model.addCode(form).orElseThrow().curlPosix();

        // then the code creates the interface on that network in the row's workspace and attaches it to the server
        assertThat(curl).contains("-X POST").contains("/v1/networks/" + other.networkID() + "/network-interfaces'")
                .contains("\"name\":\"" + row.get().name() + "-" + other.name() + "\"")
                .contains("-X PUT").contains("\"instanceID\":\"" + row.get().id() + "\"")
                .contains("CRN: " + row.get().scope().context().crn().format());
        // and a network the server is on already gives none
        form.networkProperty().set(network(true));
        assertThat(model.addCode(form)).isEmpty();
    }

    @Test
    void should_offer_the_remove_as_code_in_its_confirmation_and_the_row_as_code_in_its_menu() {
        // given a selected interface
        InstanceInterface nic = model.interfaces().get(0);
        model.selectedProperty().set(nic);
        String importId = row.get().scope().context().crn().cloudInstanceId() + "/" + nic.networkId() + "/" + nic.id();

        // when the row's Copy as code is asked for, and the remove is confirmed
        String existing = model.selectedCode().orElseThrow().terraform();
        dialogs.confirm = false;
        model.removeSelected();

        // then the row imports that interface, and the confirmation offered its detach and delete
        assertThat(existing).contains("resource \"ibm_pi_network_interface\"").contains("id = \"" + importId + "\"");
        assertThat(dialogs.offeredCode).hasSize(1);
        String curl = dialogs.offeredCode.get(0).get().orElseThrow().curlPosix();
        assertThat(curl).contains("-X PUT").contains("{\"instanceID\":\"\"}").contains("-X DELETE")
                .contains("/v1/networks/" + nic.networkId() + "/network-interfaces/" + nic.id() + "'");
        assertThat(ws.recording().calls()).noneMatch(c -> c.startsWith("updateNetworkInterface"));
    }
}
