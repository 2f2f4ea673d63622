package com.pvsconsole.service.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import org.junit.jupiter.api.Test;

/** Copy as code for objects read from the simulator: Terraform imports them with their real values. */
class ExistingObjectsTest {

    @Test
    void should_describe_a_real_server_and_network_with_their_import_ids() {
        try (SimulatedWorkspace sim = SimulatedWorkspace.start(1000)) {
            CancellationToken none = CancellationToken.none();
            PvmInstance server = sim.direct().getInstance(sim.context(),
                    sim.direct().listInstances(sim.context(), none).get(0).pvmInstanceID(), none);
            Network network = sim.direct().getNetwork(sim.context(),
                    sim.direct().listNetworks(sim.context(), none).get(0).networkID(), none);
            CodeTarget target = CodeTarget.of(sim.context(), sim.workspace().name());
            CodeGenerator generator = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault());

            String serverTf = generator.generate(target, ExistingObjects.instance(server)).terraform();
            String networkTf = generator.generate(target, ExistingObjects.network(network)).terraform();

            assertThat(serverTf).contains("id = \"" + target.workspaceId() + "/" + server.pvmInstanceID() + "\"")
                    .contains(HclStrings.quote(server.serverName())).contains(HclStrings.quote(server.sysType()))
                    .contains("network_id = \"").contains("ignore_changes");
            assertThat(networkTf).contains("id = \"" + target.workspaceId() + "/" + network.networkID() + "\"")
                    .contains("pi_network_type      = " + HclStrings.quote(network.type()));
            assertThat(generator.generate(target, ExistingObjects.instance(server)).cliPosix())
                    .contains("ibmcloud pi instance get " + server.pvmInstanceID() + " --json");
        }
    }
}
