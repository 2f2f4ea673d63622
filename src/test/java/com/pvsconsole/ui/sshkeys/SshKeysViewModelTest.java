package com.pvsconsole.ui.sshkeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.resources.SshKeyService;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSH keys view-model against the real simulator over HTTP, with the same-thread executor. */
class SshKeysViewModelTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SimulatedWorkspace ws;
    private SshKeysViewModel model;

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        model = new SshKeysViewModel(ws.inventory(), ws.scope(), new SshKeyService(ws.client(), ws.executor()), dialogs, messages);
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private boolean serviceHas(String name) {
        return ws.client().listSshKeys(ws.context(), CancellationToken.none()).stream()
                .map(SshKey::name).anyMatch(name::equals);
    }

    @Test
    void should_list_the_account_keys_with_type_and_fingerprint() {
        assertThat(model.keys()).extracting(KeyLine::name).contains("ops-team", "deploy-ci", "dba-oncall");
        KeyLine ops = model.key("ops-team").orElseThrow();
        assertThat(ops.type()).isEqualTo("ed25519");
        assertThat(ops.fingerprint()).startsWith("SHA256:").hasSize(50);
        assertThat(ops.comment()).isEqualTo("ops@example.com");
    }

    @Test
    void should_show_the_demo_rsa_keys_fingerprint_as_ssh_keygen_does() {
        // the demo's RSA key is a real one: ssh-keygen -l gives this fingerprint for it
        assertThat(model.key("dba-oncall").orElseThrow().fingerprint())
                .isEqualTo("SHA256:CFDfvevf5Ni+cjDEMUJeWeQhGfgIVErgKzFICQhmnUI");
    }

    @Test
    void should_show_the_sha256_fingerprint_even_of_a_key_the_console_cannot_parse() {
        // given a key whose body is not even valid base64
        KeyLine broken = KeyLine.of(new SshKey(null, "broken", "ssh-rsa AAAA!!notbase64 x@example.com"));

        // then it shows no fingerprint rather than a slice of the key text
        assertThat(broken.fingerprint()).isEmpty();

        // and a body that decodes but is no key the console knows gets SHA256 over its bytes, as ssh-keygen -l
        String body = java.util.Base64.getEncoder().encodeToString("not-a-known-key-type".getBytes());
        assertThat(KeyLine.sha256Fingerprint(body)).startsWith("SHA256:").hasSize(50);
    }

    @Test
    void should_add_a_pasted_valid_key_and_delete_it_with_the_typed_name() {
        // given a valid key pasted with surrounding blank space
        AddSshKeyForm form = model.newAddForm();
        form.nameProperty().set("vm-test-key");
        form.keyProperty().set("\n  " + TestKeys.ed25519("me@laptop", 1) + "  \n");
        assertThat(form.keyErrorProperty().get()).isEmpty();
        assertThat(form.fingerprintProperty().get()).contains("ssh-ed25519", "SHA256:");

        // when it is added
        model.add(form);

        // then the service and the page have it
        assertThat(serviceHas("vm-test-key")).isTrue();
        assertThat(model.key("vm-test-key")).isPresent();
        assertThat(model.status().noticeProperty().get()).contains("vm-test-key", "SHA256:");

        // when it is deleted after typing its name
        model.select(model.key("vm-test-key").orElseThrow());
        model.deleteSelected();

        // then it is gone
        assertThat(dialogs.wasAsked("delete SSH key vm-test-key")).isTrue();
        assertThat(serviceHas("vm-test-key")).isFalse();
        assertThat(model.key("vm-test-key")).isEmpty();
        assertThat(ws.finished("Add SSH key")).extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.SUCCEEDED);
        assertThat(ws.finished("Delete SSH key")).extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.SUCCEEDED);
    }

    @Test
    void should_refuse_invalid_keys_inline_and_send_nothing() {
        AddSshKeyForm form = model.newAddForm();
        form.nameProperty().set("vm-test-bad");

        form.keyProperty().set("ssh-dss AAAAB3NzaC1kc3MAAACBAP");
        assertThat(form.keyErrorProperty().get()).isEqualTo(messages.get("sshkey.error.unknown_type", "ssh-dss"));
        form.keyProperty().set("ssh-ed25519 not*base64!");
        assertThat(form.keyErrorProperty().get()).isEqualTo(messages.get("sshkey.error.not_base64", "ssh-ed25519"));
        form.keyProperty().set(TestKeys.mismatched());
        assertThat(form.keyErrorProperty().get()).isEqualTo(messages.get("sshkey.error.type_mismatch", "ssh-rsa"));
        form.keyProperty().set("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----");
        assertThat(form.keyErrorProperty().get()).isEqualTo(messages.get("sshkey.error.private_key", ""));
        form.keyProperty().set("ssh-ed25519");
        assertThat(form.keyErrorProperty().get()).isEqualTo(messages.get("sshkey.error.no_body", "ssh-ed25519"));
        assertThat(form.validProperty().get()).isFalse();

        model.add(form);

        assertThat(serviceHas("vm-test-bad")).isFalse();
        assertThat(ws.finished("Add SSH key")).isEmpty();
    }

    @Test
    void should_refuse_a_name_already_taken() {
        AddSshKeyForm form = model.newAddForm();
        form.nameProperty().set("ops-team");
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("sshkey.error.nameTaken", "ops-team"));
        form.nameProperty().set("a/b");
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("sshkey.error.nameChars"));
    }

    @Test
    void should_read_the_key_from_a_chosen_file(@TempDir Path dir) throws Exception {
        // given a .pub file the user picks
        Path file = dir.resolve("id_ed25519.pub");
        String line = TestKeys.ed25519("from@file", 2);
        Files.writeString(file, line + "\n");
        dialogs.file = file;
        AddSshKeyForm form = model.newAddForm();

        // when the form loads it
        model.loadKeyFile(form);

        // then the key text is the file's line and valid
        assertThat(form.keyProperty().get()).isEqualTo(line);
        assertThat(form.keyErrorProperty().get()).isEmpty();

        // and a file that is not there says so in the key's message
        dialogs.file = dir.resolve("missing.pub");
        model.loadKeyFile(form);
        assertThat(form.keyErrorProperty().get()).isEqualTo(messages.get("sshkey.error.file", "missing.pub"));
    }
}
