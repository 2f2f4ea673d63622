package com.pvsconsole.ui.instances;

import com.pvsconsole.testsupport.Stores;
import static com.pvsconsole.service.support.Fixtures.instance;
import static com.pvsconsole.service.support.Fixtures.instanceRef;
import static com.pvsconsole.service.support.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The instance view-models without a window: same-thread executor, scripted client. */
class InstanceViewModelsTest {

    private final Workspace ws = workspace("ws-1", "prod");
    private final com.pvsconsole.service.activity.ActivityLog activity =
            new com.pvsconsole.service.activity.ActivityLog(java.time.Clock.systemUTC(), 20);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private final Messages messages = new Messages(Locale.ROOT);
    private final ScriptedClient client = new ScriptedClient();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private InventoryService inventory;
    private javafx.beans.property.SimpleObjectProperty<com.pvsconsole.service.inventory.WorkspaceScope> scope;
    private InstancesViewModel table;
    private InstanceActionsViewModel actions;

    /** Lists whatever the test put in {@code listed}; records actions; answers 409 for "b". */
    private static final class ScriptedClient extends EmptyListsClient {
        List<PvmInstanceReference> listed = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            return List.of(workspace("ws-1", "prod"));
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            return listed;
        }

        @Override
        public void performInstanceAction(WorkspaceContext ctx, String id, InstanceAction action, CancellationToken c) {
            calls.add(action.wireValue() + " " + id);
            if (id.equals("b")) {
                throw Fixtures.httpError(409, "already in the requested state");
            }
        }

        @Override
        public void deleteInstance(WorkspaceContext ctx, String id, boolean volumes, CancellationToken cancel) {
            calls.add("delete " + id + " volumes=" + volumes);
        }

        @Override
        public PvmInstance getInstance(WorkspaceContext ctx, String id, CancellationToken cancel) {
            return instance(id, id, "SHUTOFF");
        }
    }

    /** Answers dialogs as the test scripted them and records notifications. */
    private static final class RecordingDialogs implements DialogService {
        boolean confirm = true;
        Optional<DeleteChoice> deleteAnswer = Optional.empty();
        final List<String> shown = new ArrayList<>();

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            shown.add("confirm " + message);
            return confirm;
        }

        final List<com.pvsconsole.service.code.GeneratedCode> offered = new ArrayList<>();

        @Override
        public Optional<DeleteChoice> askDelete(String kind, String name, boolean offerDataVolumes) {
            shown.add("delete " + name);
            return deleteAnswer;
        }

        @Override
        public Optional<DeleteChoice> askDelete(String kind, String name, boolean offerDataVolumes,
                com.pvsconsole.ui.dialog.Confirmation.Scope scope,
                java.util.function.Supplier<Optional<com.pvsconsole.service.code.GeneratedCode>> code) {
            code.get().ifPresent(offered::add);
            return askDelete(kind, name, offerDataVolumes);
        }

        @Override
        public void notify(String message) {
            shown.add("notify " + message);
        }

        @Override
        public void copyToClipboard(String text) {
            shown.add("copy");
        }

        @Override
        public void offerUrl(String title, String url) {
            shown.add("url " + url);
        }
    }

    @BeforeEach
    void setUp() {
        inventory = Stores.store(client, executor, Clock.systemUTC());
        client.listed = List.of(instanceRef("a", "aix-db", "ACTIVE"), instanceRef("b", "rhel-web", "ACTIVE"),
                instanceRef("c", "ibmi-01", "SHUTOFF"));
        scope = Stores.open(inventory, "us-south", ws);
        table = new InstancesViewModel(inventory, scope, messages);
        actions = new InstanceActionsViewModel(new ActionService(client, executor, Duration.ofMillis(10),
                Duration.ofSeconds(1)), table, dialogs, messages);
    }

    private InstanceRow row(String id) {
        return table.allRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void should_update_rows_in_place_on_refresh_and_drop_vanished_ones() {
        InstanceRow before = row("a");

        client.listed = List.of(instanceRef("a", "aix-db", "SHUTOFF"), instanceRef("c", "ibmi-01", "SHUTOFF"));
        table.refresh();

        assertThat(row("a")).isSameAs(before);
        assertThat(before.status()).isEqualTo("SHUTOFF");
        assertThat(table.allRows()).extracting(InstanceRow::id).containsExactly("a", "c");
    }

    @Test
    void should_filter_by_text_and_status_chip_and_count_what_is_shown() {
        table.filterTextProperty().set("RHEL");
        assertThat(table.visibleRows()).extracting(InstanceRow::id).containsExactly("b");
        assertThat(table.countProperty().get()).isEqualTo("1 of 3");

        table.filterTextProperty().set("");
        table.toggleChip(StatusGroup.SHUTOFF, true);
        assertThat(table.visibleRows()).extracting(InstanceRow::id).containsExactly("c");
        assertThat(table.countProperty().get()).isEqualTo("1 of 3");
    }

    @Test
    void should_drop_a_row_from_the_filter_once_a_refresh_changes_what_it_was_found_by() {
        // given the table filtered to active servers
        table.filterTextProperty().set("status:active");
        assertThat(table.visibleRows()).extracting(InstanceRow::id).containsExactly("a", "b");

        // when a refresh finds one of them stopped
        client.listed = List.of(instanceRef("a", "aix-db", "SHUTOFF"), instanceRef("b", "rhel-web", "ACTIVE"),
                instanceRef("c", "ibmi-01", "SHUTOFF"));
        table.refresh();

        // then it leaves the filtered rows, and the count says so
        assertThat(table.visibleRows()).extracting(InstanceRow::id).containsExactly("b");
        assertThat(table.countProperty().get()).isEqualTo("1 of 3");
    }

    @Test
    void should_drop_a_stopped_server_from_an_active_filter_when_its_stop_settles() {
        // given the table filtered to active servers, and a stop on one of them
        table.filterTextProperty().set("status:active");
        actions.setSelection(List.of(row("a")));
        actions.perform(InstanceActionKind.STOP);

        // when the stop settles (the follow-up read says SHUTOFF)
        executor.runScheduled();

        // then the stopped server is no longer listed under status:active
        assertThat(row("a").status()).isEqualTo("SHUTOFF");
        assertThat(table.visibleRows()).extracting(InstanceRow::id).containsExactly("b");
    }

    @Test
    void should_enable_actions_by_the_state_of_the_selection() {
        actions.setSelection(List.of(row("c")));
        assertThat(actions.enabledProperty(InstanceActionKind.START).get()).isTrue();
        assertThat(actions.enabledProperty(InstanceActionKind.STOP).get()).isFalse();
        assertThat(actions.consoleEnabledProperty().get()).isFalse();

        actions.setSelection(List.of(row("a"), row("b")));
        assertThat(actions.enabledProperty(InstanceActionKind.STOP).get()).isTrue();
        assertThat(actions.enabledProperty(InstanceActionKind.START).get()).isFalse();
        assertThat(actions.enabledProperty(InstanceActionKind.DELETE).get()).as("delete is one at a time").isFalse();
    }

    @Test
    void should_report_a_bulk_stop_per_instance_with_409_as_skip_and_follow_rows_until_settled() {
        actions.setSelection(List.of(row("a"), row("b")));

        actions.perform(InstanceActionKind.STOP);

        assertThat(client.calls).containsExactly("stop a", "stop b");
        assertThat(actions.lastResultProperty().get())
                .contains("aix-db (prod): accepted").contains("rhel-web (prod): skipped: already in that state");
        assertThat(actions.actionProblemProperty().get()).isNull();
        assertThat(row("a").isBusy()).isTrue();

        executor.runScheduled();

        assertThat(row("a").isBusy()).isFalse();
        assertThat(row("a").status()).isEqualTo("SHUTOFF");
        // and the result line follows the accepted server to its end, not "accepted" for good
        assertThat(actions.lastResultProperty().get())
                .contains("aix-db (prod): done, now SHUTOFF").contains("rhel-web (prod): skipped: already in that state")
                .doesNotContain("accepted");
    }

    @Test
    void should_say_a_stop_is_still_going_on_when_the_user_stops_following_it_in_activity() {
        // given a stop the service accepted, followed in Activity
        actions.setSelection(List.of(row("a")));
        String before = row("a").status();
        actions.perform(InstanceActionKind.STOP);
        com.pvsconsole.service.activity.ActivityEntry following = activity.running().stream()
                .filter(e -> e.target().equals(row("a").name())).findFirst().orElseThrow();
        assertThat(following.cancellable()).isTrue();

        // when the user cancels the entry
        activity.cancel(following.id());

        // then the console stops polling, the row rests, and the line does not call it done
        assertThat(executor.runScheduled()).as("polls left").isZero();
        assertThat(row("a").isBusy()).isFalse();
        assertThat(actions.lastResultProperty().get())
                .contains("aix-db (prod): accepted, still " + before + " when the console stopped following it")
                .doesNotContain("done");
        assertThat(activity.history()).filteredOn(e -> e.target().equals(row("a").name()))
                .extracting(com.pvsconsole.service.activity.ActivityEntry::outcome)
                .containsExactly(com.pvsconsole.service.task.TaskOutcome.CANCELLED);
    }

    @Test
    void should_not_act_when_the_user_declines() {
        dialogs.confirm = false;
        actions.setSelection(List.of(row("a")));

        actions.perform(InstanceActionKind.STOP);

        assertThat(client.calls).isEmpty();
        assertThat(dialogs.shown).containsExactly("confirm The operating system shuts down and the server stops.");
    }

    @Test
    void should_delete_only_after_the_typed_confirmation_with_the_chosen_volume_option() {
        actions.setSelection(List.of(row("c")));
        actions.perform(InstanceActionKind.DELETE);
        assertThat(client.calls).isEmpty();

        dialogs.deleteAnswer = Optional.of(new DialogService.DeleteChoice(true));
        actions.perform(InstanceActionKind.DELETE);

        assertThat(client.calls).containsExactly("delete c volumes=true");
        assertThat(dialogs.shown).containsExactly("delete ibmi-01", "delete ibmi-01");
        // and the dialog offered the delete as code, before anything was sent
        assertThat(dialogs.offered).hasSize(2).allSatisfy(code -> {
            assertThat(code.cliPosix()).contains("ibmcloud pi instance delete").contains("ibmi-01");
            assertThat(code.curlPosix()).contains("-X DELETE").contains("/pvm-instances/c");
        });
    }
}
