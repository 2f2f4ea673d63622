package com.pvsconsole.ui.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.resources.NetworkService;
import com.pvsconsole.service.resources.SshKeyService;
import com.pvsconsole.testsupport.SimMutations;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.sshkeys.TestKeys;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.sshkeys.AddSshKeyForm;
import com.pvsconsole.ui.sshkeys.SshKeysViewModel;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network create and SSH key add forms and their delete confirmations offer Copy as code for what they would
 * send, before anything is sent (counted at the simulator's {@code /_sim/requests}).
 */
class NetworkAndKeyCodeBeforeSendTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SimulatedWorkspace ws;
    private NetworksViewModel networks;
    private SshKeysViewModel keys;

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        networks = new NetworksViewModel(ws.inventory(), ws.scope(), new NetworkService(ws.client(), ws.executor(),
                java.time.Clock.systemUTC()), dialogs, messages);
        keys = new SshKeysViewModel(ws.inventory(), ws.scope(), new SshKeyService(ws.client(), ws.executor()), dialogs, messages);
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void should_offer_the_network_create_and_delete_as_code_with_nothing_sent() {
        // given a filled network form
        CreateNetworkForm form = networks.newCreateForm();
        form.nameProperty().set("code-net");
        form.cidrProperty().set("192.168.60.0/24");
        form.gatewayProperty().set("192.168.60.1");

        // when its code is asked, and a delete is opened and cancelled
        GeneratedCode create = networks.createCode(form).orElseThrow();
        NetworkRow row = networks.row("prod-mgmt").orElseThrow();
        networks.select(row);
        dialogs.confirmDelete = false;
        networks.deleteSelected();
        GeneratedCode delete = dialogs.offeredCode.get(0).get().orElseThrow();

        // then both are the console's calls in this workspace, and nothing was sent
        assertThat(create.cliPosix()).contains("ibmcloud pi subnet create").contains("code-net")
                .contains("--cidr-block 192.168.60.0/24");
        assertThat(create.curlPosix()).contains("/cloud-instances/" + ws.context().cloudInstanceId() + "/networks");
        assertThat(delete.curlPosix()).contains("-X DELETE").contains("/networks/" + row.id());
        assertThat(SimMutations.count(ws.sim())).isZero();
    }

    @Test
    void should_offer_the_ssh_key_add_as_code_only_once_the_form_is_valid() {
        AddSshKeyForm form = keys.newAddForm();
        assertThat(keys.addCode(form)).isEmpty();
        form.nameProperty().set("code-key");
        form.keyProperty().set(TestKeys.ed25519("me@laptop", 7));

        GeneratedCode add = keys.addCode(form).orElseThrow();

        assertThat(add.cliPosix()).contains("ibmcloud pi ssh-key create").contains("code-key");
        assertThat(add.curlPosix()).contains("-X POST").contains("/sshkeys");
        assertThat(SimMutations.count(ws.sim())).isZero();
    }
}
