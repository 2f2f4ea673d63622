package com.pvsconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.inventory.InstanceDetailsLoader;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The details pane offers the shown server as code, aimed at the server's own workspace. */
class DetailsCopyAsCodeTest {

    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.01);

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void should_offer_the_shown_server_as_cli_curl_and_terraform_for_its_own_workspace() {
        // given nothing shown, nothing is offered
        InstancesViewModel table = new InstancesViewModel(ws.inventory(), ws.scope(), new Messages(Locale.ROOT));
        InstanceDetailsViewModel details = new InstanceDetailsViewModel(
                new InstanceDetailsLoader(ws.client(), ws.executor(), Clock.systemUTC()));
        ws.open();
        assertThat(details.copyAsCode()).isEmpty();

        // when a server's details are shown
        InstanceRow row = table.allRows().get(0);
        details.show(row);
        GeneratedCode code = details.copyAsCode().orElseThrow();

        // then the code names that server in its own workspace's region, with a token placeholder only
        String crn = row.scope().crn().format();
        assertThat(code.curlPosix()).contains(row.id()).contains(crn).contains(row.scope().region())
                .contains("$IAM_TOKEN").doesNotContain(ws.sim().apiKey());
        assertThat(code.cliPosix()).contains(crn);
        assertThat(code.terraform()).contains("ibm_pi_instance").contains(row.id());
    }
}
