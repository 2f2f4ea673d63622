package com.pvsconsole.ui.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.inventory.InstanceDetails;
import com.pvsconsole.service.snapshots.SnapshotService;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.instances.InstancesViewModel;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Snapshots page's view-model and the shared actions against the real simulator over HTTP. */
class SnapshotsViewModelTest {

    /** Remembers the confirmations asked, with their risk and scope. */
    private static final class RecordingDialogs extends ScriptedDialogs {
        final List<Confirmation> confirmations = new ArrayList<>();
        final List<Confirmation.Scope> deleteScopes = new ArrayList<>();

        @Override
        public boolean confirm(Confirmation request) {
            confirmations.add(request);
            return confirm;
        }

        @Override
        public Optional<DeleteChoice> askDelete(String kind, String name, boolean offerDataVolumes,
                                                Confirmation.Scope scope) {
            deleteScopes.add(scope);
            return askDelete(kind, name, offerDataVolumes);
        }
    }

    private final Messages messages = new Messages(Locale.ROOT);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private SimulatedWorkspace ws;
    private SnapshotActions actions;
    private SnapshotsViewModel page;
    private PvmInstanceReference server;
    private List<VolumeReference> volumes;

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        SnapshotService service = new SnapshotService(ws.client(), ws.executor(), ws.inventory(),
                Duration.ofMillis(20), Duration.ofSeconds(10));
        actions = new SnapshotActions(ws.inventory(), service, dialogs, messages);
        page = SnapshotsViewModel.ofWorkspace(ws.inventory(), actions, ws.scope());
        ws.open();
        server = ws.inventory().instances(ws.scope().get()).stream().filter(i -> i.status().equals("ACTIVE"))
                .findFirst().orElseThrow();
        volumes = ws.direct().listInstanceVolumes(ws.context(), server.pvmInstanceID(), CancellationToken.none());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private CreateSnapshotForm form(String name) {
        CreateSnapshotForm form = actions.newForm(ws.scope().get(), server.pvmInstanceID(), server.serverName(),
                volumes);
        form.nameProperty().set(name);
        return form;
    }

    private SnapshotRow take(String name) {
        actions.submit(ws.scope().get(), form(name), page.status());
        ws.until(() -> row(name).map(r -> r.status().equals("available")).orElse(false));
        return row(name).orElseThrow();
    }

    private Optional<SnapshotRow> row(String name) {
        return page.rows().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    @Test
    void should_take_a_snapshot_and_follow_it_until_available_with_its_scope_and_one_activity_entry() {
        SnapshotRow row = take("before-patch");

        assertThat(row.scope()).isEqualTo(ws.scope().get());
        assertThat(row.instanceNameProperty().get()).isEqualTo(server.serverName());
        assertThat(row.volumeCount()).isEqualTo(volumes.size());
        assertThat(page.status().noticeProperty().get()).isEqualTo(messages.get("snapshot.taken", "before-patch"));
        assertThat(ws.finished("Take snapshot")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(TaskOutcome.SUCCEEDED));
        assertThat(ws.activity().running()).extracting(ActivityEntry::name).doesNotContain("Take snapshot");
    }

    @Test
    void should_explain_bad_names_next_to_the_field_as_typed_and_send_nothing() {
        take("nightly");
        long sent = ws.recording().count("createSnapshot");

        CreateSnapshotForm again = form("nightly");
        assertThat(again.nameErrorProperty().get()).isEqualTo(messages.get("rule.snapshot.name.taken", "nightly"));
        assertThat(again.validProperty().get()).isFalse();
        actions.submit(ws.scope().get(), again, page.status());

        again.nameProperty().set("with space");
        assertThat(again.nameErrorProperty().get()).isEqualTo(messages.get("rule.snapshot.name.pattern"));
        again.nameProperty().set("nightly-2");
        assertThat(again.nameErrorProperty().get()).isEmpty();
        again.volumes().forEach(choice -> choice.selectedProperty().set(false));
        assertThat(again.volumesErrorProperty().get()).isEqualTo(messages.get("snapshot.error.volumes"));
        assertThat(again.validProperty().get()).isFalse();

        assertThat(ws.recording().count("createSnapshot")).isEqualTo(sent);
    }

    @Test
    void should_send_only_the_ticked_volumes() {
        CreateSnapshotForm form = form("data-only");
        assertThat(form.request().volumeIDs()).as("all ticked: the service takes every attached volume").isNull();
        form.volumes().get(0).selectedProperty().set(false);

        assertThat(form.request().volumeIDs()).hasSize(volumes.size() - 1)
                .doesNotContain(volumes.get(0).volumeID());
    }

    @Test
    void should_show_the_services_refusal_and_keep_what_the_user_typed() {
        // given a name the store does not know yet but the service has (taken elsewhere)
        ws.direct().createSnapshot(ws.context(), server.pvmInstanceID(),
                SnapshotCreate.builder().name("outside").build(), CancellationToken.none());
        CreateSnapshotForm typed = form("outside");
        typed.descriptionProperty().set("before the patch of Monday");
        assertThat(typed.validProperty().get()).isTrue();

        // when it is sent
        actions.submit(ws.scope().get(), typed, page.status());

        // then the refusal shows with its status and hint, and the next form is the same, as typed
        assertThat(page.status().problemProperty().get()).satisfies(p -> {
            assertThat(p.status()).isEqualTo(409);
            assertThat(p.hint()).isNotBlank();
        });
        CreateSnapshotForm next = actions.newForm(ws.scope().get(), server.pvmInstanceID(), server.serverName(),
                volumes);
        assertThat(next).isSameAs(typed);
        assertThat(next.descriptionProperty().get()).isEqualTo("before the patch of Monday");
    }

    @Test
    void should_restore_a_running_server_only_forced_after_a_risky_confirmation_naming_where() {
        SnapshotRow row = take("restore-me");
        page.select(row);

        page.restoreSelected();

        assertThat(dialogs.confirmations).singleElement().satisfies(c -> {
            assertThat(c.risky()).isTrue();
            assertThat(c.confirmLabel()).isEqualTo(messages.get("snapshot.restoreForce"));
            assertThat(c.consequence()).contains(server.serverName()).contains("ACTIVE");
            assertThat(c.scope().workspace()).isEqualTo(ws.scope().get().workspaceName());
            assertThat(c.scope().region()).contains(ws.scope().get().region());
        });
        ws.until(() -> page.status().noticeProperty().get()
                .equals(messages.get("snapshot.restored", "restore-me", server.serverName())));
        assertThat(ws.finished("Restore snapshot")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(TaskOutcome.SUCCEEDED));
    }

    @Test
    void should_not_restore_when_the_confirmation_is_cancelled() {
        SnapshotRow row = take("kept");
        page.select(row);
        dialogs.confirm = false;

        page.restoreSelected();

        assertThat(ws.recording().count("restoreSnapshot")).isZero();
    }

    @Test
    void should_delete_after_the_name_is_typed_and_drop_the_row_when_gone() {
        SnapshotRow row = take("old-one");
        page.select(row);

        page.deleteSelected();

        assertThat(dialogs.wasAsked("delete " + messages.get("resource.snapshot") + " old-one")).isTrue();
        assertThat(dialogs.deleteScopes).singleElement()
                .satisfies(s -> assertThat(s.workspace()).isEqualTo(ws.scope().get().workspaceName()));
        ws.until(() -> row("old-one").isEmpty());
        assertThat(page.status().noticeProperty().get()).isEqualTo(messages.get("snapshot.deleted", "old-one"));
    }

    @Test
    void should_narrow_the_search_box_to_matching_snapshots() {
        take("alpha-1");
        take("beta-1");

        page.search().textProperty().set("alpha");

        assertThat(page.shownRows()).extracting(SnapshotRow::name).containsExactly("alpha-1");
    }

    @Test
    void should_show_in_a_servers_tab_only_its_snapshots_with_one_list_call_per_workspace() {
        // given a snapshot of the server, and the details tab of a pane showing servers of the workspace
        take("mine");
        InstancesViewModel instances = new InstancesViewModel(ws.inventory(), ws.scope(), messages);
        javafx.beans.property.SimpleObjectProperty<InstanceRow> row = new javafx.beans.property.SimpleObjectProperty<>();
        InstanceSnapshotsViewModel tab = new InstanceSnapshotsViewModel(
                new SnapshotsViewModel(ws.inventory(), actions), row,
                new javafx.beans.property.SimpleObjectProperty<InstanceDetails>());
        InstanceRow mine = instances.allRows().stream().filter(r -> r.id().equals(server.pvmInstanceID()))
                .findFirst().orElseThrow();
        InstanceRow other = instances.allRows().stream().filter(r -> !r.id().equals(server.pvmInstanceID()))
                .findFirst().orElseThrow();
        long lists = ws.recording().count("listSnapshots");

        // when the pane moves between the two servers
        row.set(other);
        assertThat(tab.list().rows()).isEmpty();
        row.set(mine);

        // then only the shown server's snapshot is listed, from the store, with no new list call
        assertThat(tab.list().rows()).extracting(SnapshotRow::name).containsExactly("mine");
        assertThat(ws.recording().count("listSnapshots")).isEqualTo(lists);
        assertThat(tab.canCreateProperty().get()).as("no details loaded yet").isFalse();
    }

    @Test
    void should_offer_create_restore_and_delete_as_code_before_sending_them() {
        // given a filled form: its code is the snapshot it would take, with nothing sent yet
        com.pvsconsole.service.code.GeneratedCode create = actions.createCode(ws.scope().get(), form("code-snap"))
                .orElseThrow();
        assertThat(create.cliPosix()).contains("ibmcloud pi instance snapshot create " + server.pvmInstanceID())
                .contains("--name code-snap");
        assertThat(create.curlPosix()).contains("/pvm-instances/" + server.pvmInstanceID() + "/snapshots");
        assertThat(com.pvsconsole.testsupport.SimMutations.count(ws.sim())).isZero();

        // and given a snapshot taken, when restore and delete are opened and cancelled
        SnapshotRow row = take("code-snap");
        long sent = com.pvsconsole.testsupport.SimMutations.count(ws.sim());
        dialogs.confirm = false;
        dialogs.confirmDelete = false;
        actions.restore(row, page.status());
        actions.delete(row, page.status());

        // then each dialog offered its call, and nothing more was sent
        com.pvsconsole.service.code.GeneratedCode restore = dialogs.confirmations.get(0).code().get().orElseThrow();
        assertThat(restore.cliPosix()).contains("ibmcloud pi instance snapshot restore " + server.pvmInstanceID())
                .contains("--snapshot " + row.id()).contains("--force");
        com.pvsconsole.service.code.GeneratedCode delete = dialogs.offeredCode.get(0).get().orElseThrow();
        assertThat(delete.curlPosix()).contains("-X DELETE").contains("/snapshots/" + row.id());
        assertThat(com.pvsconsole.testsupport.SimMutations.count(ws.sim())).isEqualTo(sent);
    }

    @Test
    void should_offer_a_selected_snapshot_as_code_with_its_terraform_import() {
        // given a snapshot taken, and nothing selected: nothing to show
        SnapshotRow row = take("menu-snap");
        assertThat(page.selectedCode()).isEmpty();

        // when it is selected and its row's Copy as code asked for
        page.select(row);
        com.pvsconsole.service.code.GeneratedCode code = page.selectedCode().orElseThrow();

        // then it reads that snapshot in its own workspace and imports it with the volumes it holds
        assertThat(code.curlPosix()).contains("-X GET").contains("/cloud-instances/"
                + ws.context().crn().cloudInstanceId() + "/snapshots/" + row.id() + "'");
        assertThat(code.terraform()).contains("id = \"" + ws.context().crn().cloudInstanceId() + "/" + row.id() + "\"")
                .contains("pi_instance_name     = \"" + server.pvmInstanceID() + "\"")
                .contains("pi_snapshot_name     = \"menu-snap\"");
        volumes.forEach(v -> assertThat(code.terraform()).contains(v.volumeID()));
    }
}
