package com.pvsconsole.service.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.UnsupportedClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceNetworksTest {

    private static final WorkspaceContext CTX = WorkspaceContext.of("us-south", EndpointType.PUBLIC,
            Crn.of("dal10", "acct", "ws-1"));

    private static NetworkInterface nic(String instanceId) {
        return new NetworkInterface("crn", null, "nic-1", instanceId == null ? null
                : new NetworkInterface.Instance("/" + instanceId, instanceId), "10.0.0.11", "fa:16:3e:00:00:01",
                "web01-app", null, List.of(), instanceId == null ? "DOWN" : "ACTIVE", null);
    }

    private static final class ScriptedClient extends UnsupportedClient {
        final List<String> calls = new ArrayList<>();
        boolean refuseAttach;

        @Override
        public NetworkInterface createNetworkInterface(WorkspaceContext ctx, String networkId,
                NetworkInterfaceCreate request, CancellationToken cancel) {
            calls.add("create " + networkId + " " + request.name());
            return nic(null);
        }

        @Override
        public NetworkInterface updateNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId,
                NetworkInterfaceUpdate request, CancellationToken cancel) {
            calls.add("update " + interfaceId + " instanceID=" + request.instanceID());
            if (refuseAttach) {
                throw PowerVsException.builder(ErrorCategory.INVALID_REQUEST, new ApiOperation("PUT", "/nic"),
                        "status.422").status(422).build();
            }
            return nic(request.instanceID().isEmpty() ? null : request.instanceID());
        }

        @Override
        public void deleteNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId,
                CancellationToken cancel) {
            calls.add("delete " + interfaceId);
        }
    }

    private final ScriptedClient client = new ScriptedClient();
    private final InstanceNetworks networks = new InstanceNetworks(client, new CurrentThreadTaskExecutor());
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void should_reserve_an_address_and_attach_it_to_the_server() {
        List<NetworkInterface> added = new ArrayList<>();

        networks.add(CTX, "vm-1", "web01", "net-2", "app", null).onSuccess(added::add).onFailure(problems::add);

        assertThat(client.calls).containsExactly("create net-2 web01-app", "update nic-1 instanceID=vm-1");
        assertThat(added).singleElement().satisfies(n -> assertThat(n.instance().instanceID()).isEqualTo("vm-1"));
        assertThat(problems).isEmpty();
    }

    @Test
    void should_free_the_reserved_address_when_the_attach_is_refused() {
        client.refuseAttach = true;

        networks.add(CTX, "vm-1", "web01", "net-2", "app", "10.0.0.11").onFailure(problems::add);

        assertThat(client.calls).containsExactly("create net-2 web01-app", "update nic-1 instanceID=vm-1",
                "delete nic-1");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(422));
    }

    @Test
    void should_detach_then_free_on_remove() {
        boolean[] removed = {false};

        networks.remove(CTX, "net-2", "nic-1", "app from web01").onDone(() -> removed[0] = true).onFailure(problems::add);

        assertThat(client.calls).containsExactly("update nic-1 instanceID=", "delete nic-1");
        assertThat(removed[0]).isTrue();
    }

    @Test
    void should_refuse_a_network_the_server_is_on_and_removing_its_last_network() {
        assertThat(InstanceNetworks.addProblem(List.of("net-1"), "net-1", "pub")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.network.alreadyOn"));
        assertThat(InstanceNetworks.addProblem(List.of("net-1"), "net-2", "app")).isEmpty();
        assertThat(InstanceNetworks.removeProblem(List.of("net-1"), "net-1")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.network.last"));
        assertThat(InstanceNetworks.removeProblem(List.of("net-1", "net-2"), "net-1")).isEmpty();
    }
}
