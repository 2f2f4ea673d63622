package com.pvsconsole.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.workspace.WorkspaceFactsService;
import com.pvsconsole.testsupport.SimControl;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.workspace.DetailLine.Section;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Workspace details view-model against the real simulator over HTTP. */
class WorkspaceDetailsViewModelTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private SimulatedWorkspace ws;
    private WorkspaceDetailsViewModel model;

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        model = new WorkspaceDetailsViewModel(ws.scope(), new WorkspaceFactsService(ws.client(), ws.executor()), messages);
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void should_show_zone_status_capabilities_limits_and_say_none_for_absent_groups_and_dhcp() {
        // the simulator's workspace as the service describes it
        var workspace = ws.direct().getWorkspace(ws.scope().get().endpoint(), ws.scope().get().workspaceId(),
                com.pvsconsole.api.CancellationToken.none());

        assertThat(model.value(messages.get("workspaceInfo.zone"))).isEqualTo(workspace.location().region());
        assertThat(model.value(messages.get("workspaceInfo.status"))).isEqualTo(workspace.status());
        assertThat(model.lines()).filteredOn(l -> l.section() == Section.CAPABILITIES).extracting(DetailLine::caption)
                .containsExactlyInAnyOrderElementsOf(workspace.capabilities().keySet());
        assertThat(model.value("power-edge-router")).isEqualTo(messages.get("workspaceInfo.on"));
        assertThat(model.value(messages.get("workspaceInfo.instances"))).matches("\\d+ of \\d+");
        assertThat(model.value(messages.get("workspaceInfo.securityGroups"))).isEqualTo(messages.get("workspaceInfo.none"));
        assertThat(model.value(messages.get("workspaceInfo.dhcp"))).isEqualTo(messages.get("workspaceInfo.none"));
    }

    @Test
    void should_say_not_enabled_when_the_service_answers_404_for_network_security_groups() {
        // given a workspace where network security groups are not enabled (the service answers 404)
        new SimControl(ws.sim().baseUrl()).addFault("{\"route\":\"GET /v1/network-security-groups\","
                + "\"type\":\"status\",\"status\":404,\"rate\":1.0,\"times\":-1}");

        // when the page reloads
        model.reload();

        // then that is "not enabled", not a failure
        assertThat(model.value(messages.get("workspaceInfo.securityGroups")))
                .isEqualTo(messages.get("workspaceInfo.notEnabled"));
        assertThat(model.status().problemProperty().get()).isNull();
        assertThat(model.value(messages.get("workspaceInfo.zone"))).isNotEmpty();
    }
}
