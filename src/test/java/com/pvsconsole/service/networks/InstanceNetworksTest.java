package com.pvsconsole.service.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.UnsupportedClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceNetworksTest {

    private static final WorkspaceScope SCOPE = new WorkspaceScope("acct", new RegionEndpoint("us-south",
            EndpointType.PUBLIC), "ws-1", "ws", "dal10", Crn.of("dal10", "acct", "ws-1"));

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
        List<InstanceInterface> added = new ArrayList<>();

        networks.add(SCOPE, "vm-1", "web01", "net-2", "app", null).onSuccess(added::add).onFailure(problems::add);

        assertThat(client.calls).containsExactly("create net-2 web01-app", "update nic-1 instanceID=vm-1");
        assertThat(added).singleElement().satisfies(n -> {
            assertThat(n.nic().instance().instanceID()).isEqualTo("vm-1");
            assertThat(n.networkId()).isEqualTo("net-2");
            assertThat(n.networkName()).isEqualTo("app");
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void should_free_the_reserved_address_when_the_attach_is_refused() {
        client.refuseAttach = true;

        networks.add(SCOPE, "vm-1", "web01", "net-2", "app", "10.0.0.11").onFailure(problems::add);

        assertThat(client.calls).containsExactly("create net-2 web01-app", "update nic-1 instanceID=vm-1",
                "delete nic-1");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(422));
    }

    @Test
    void should_detach_then_free_on_remove() {
        boolean[] removed = {false};

        networks.remove(SCOPE, new InstanceInterface("net-2", "app", nic("vm-1")), "web01")
                .onDone(() -> removed[0] = true).onFailure(problems::add);

        assertThat(client.calls).containsExactly("update nic-1 instanceID=", "delete nic-1");
        assertThat(removed[0]).isTrue();
    }

    @Test
    void should_list_the_servers_interfaces_through_network_interfaces_of_each_of_its_networks() {
        UnsupportedClient lister = new UnsupportedClient() {
            @Override
            public List<NetworkInterface> listNetworkInterfaces(WorkspaceContext ctx, String networkId,
                                                                CancellationToken cancel) {
                client.calls.add("list " + networkId);
                return List.of(nic("vm-1"), nic("vm-2"), nic(null));
            }
        };
        List<InstanceInterface> found = new ArrayList<>();

        new InstanceNetworks(lister, new CurrentThreadTaskExecutor())
                .interfaces(SCOPE, "vm-1", "web01", new java.util.LinkedHashMap<>(java.util.Map.of("net-1", "pub")))
                .onSuccess(found::addAll).onFailure(problems::add);

        assertThat(client.calls).containsExactly("list net-1");
        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.networkName()).isEqualTo("pub");
            assertThat(n.nic().instance().instanceID()).isEqualTo("vm-1");
        });
        assertThat(problems).isEmpty();
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
