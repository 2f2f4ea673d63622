package com.pvsconsole.ui.pools;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.pools.PlacementPolicy;
import com.pvsconsole.service.pools.PoolService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Pools and groups view-model against the real simulator over HTTP, with the same-thread executor. */
class PoolsViewModelTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private final Messages messages = new Messages(Locale.ROOT);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SimulatedWorkspace ws;
    private PoolsViewModel model;

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        model = new PoolsViewModel(ws.inventory(), ws.scope(), new PoolService(ws.client(), ws.executor(), ws.inventory()),
                dialogs, messages);
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<String> poolsAtService() {
        return ws.direct().listSharedProcessorPools(ws.context(), NONE).stream().map(SharedProcessorPool::name).toList();
    }

    private PlacementGroup groupAtService(String name) {
        return ws.direct().listPlacementGroups(ws.context(), NONE).stream().filter(g -> g.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** A pool made behind the page's back, with one shared server of {@code processors} cores deployed into it. */
    private String poolWithServer(String pool, long reserved, double processors) {
        SharedProcessorPool made = ws.direct().createSharedProcessorPool(ws.context(), SharedProcessorPoolCreate.builder()
                .name(pool).hostGroup("s922").reservedCores(reserved).build(), NONE);
        String image = ws.direct().listImages(ws.context(), NONE).get(0).imageID();
        String net = ws.direct().listNetworks(ws.context(), NONE).get(0).networkID();
        String server = pool + "-vm";
        ws.direct().createInstance(ws.context(), PvmInstanceCreate.builder().serverName(server).imageID(image)
                .procType("shared").processors(processors).memory(4.0).networkIDs(List.of(net)).sysType("s922")
                .sharedProcessorPool(made.id()).build(), NONE);
        model.reload();
        return server;
    }

    @Test
    void should_create_a_pool_checked_as_typed_list_it_and_delete_it_after_the_typed_name() {
        // given a form filled in step by step
        CreatePoolForm form = model.newPoolForm();
        assertThat(form.hostGroups()).as("the workspace's system types").contains("s922").isSorted();
        form.nameProperty().set("db pool");
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("pools.error.poolName"));
        assertThat(model.createPoolCode(form)).as("no code for a form that cannot be sent").isEmpty();
        form.nameProperty().set("db_pool");
        form.coresProperty().set("2.5");
        assertThat(form.coresErrorProperty().get()).isEqualTo(messages.get("pools.error.cores"));
        form.coresProperty().set("4");
        form.hostGroupProperty().set("s922");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(model.createPoolCode(form).orElseThrow().cliPosix())
                .contains("ibmcloud pi shared-processor-pool create db_pool")
                .contains("--host-group s922").contains("--reserved-cores 4");

        // when it is created
        model.createPool(form);

        // then the service and the page have it, with its scope, and Activity recorded it
        assertThat(poolsAtService()).contains("db_pool");
        PoolRow row = model.pool("db_pool").orElseThrow();
        assertThat(row.reserved()).isEqualTo(4);
        assertThat(row.hostGroup()).isEqualTo("s922");
        assertThat(row.scope()).isEqualTo(ws.scope().get());
        assertThat(model.status().noticeProperty().get()).contains("db_pool");
        assertThat(ws.finished("Create shared processor pool")).extracting(ActivityEntry::outcome)
                .containsExactly(TaskOutcome.SUCCEEDED);

        // and the row follows the new pool until the service has configured it
        ws.until(() -> model.pool("db_pool").orElseThrow().status().equals("active"));

        // and a second pool of the same name is refused as typed
        CreatePoolForm again = model.newPoolForm();
        again.nameProperty().set("db_pool");
        assertThat(again.nameErrorProperty().get()).isEqualTo(messages.get("pools.error.nameTaken", "db_pool"));

        // and its row menu offers it as it exists, with a Terraform import of the row's own workspace
        model.selectPool(row);
        assertThat(model.selectedPoolCode().orElseThrow().terraform())
                .contains("to = ibm_pi_shared_processor_pool.db_pool")
                .contains("id = \"" + ws.scope().get().workspaceId() + "/" + row.id() + "\"");

        // when it is deleted after typing its name
        model.deleteSelectedPool();

        // then it is gone
        assertThat(dialogs.wasAsked("delete shared processor pool db_pool")).isTrue();
        assertThat(poolsAtService()).doesNotContain("db_pool");
        assertThat(model.pool("db_pool")).isEmpty();
        assertThat(ws.inventory().sharedProcessorPools(ws.scope().get())).extracting(SharedProcessorPool::name)
                .doesNotContain("db_pool");
        assertThat(ws.finished("Delete shared processor pool")).extracting(ActivityEntry::outcome)
                .containsExactly(TaskOutcome.SUCCEEDED);
    }

    @Test
    void should_refuse_a_reserve_smaller_than_what_the_members_use_next_to_the_field_and_send_nothing() {
        // given a pool of 8 cores whose server uses 2
        String server = poolWithServer("app_pool", 8, 2.0);
        PoolRow row = model.pool("app_pool").orElseThrow();
        assertThat(row.members()).containsExactly(server);
        assertThat(row.allocated()).isEqualTo(2.0);

        // when the user types fewer cores than the server uses
        model.selectPool(row);
        ResizePoolForm form = model.newResizeForm().orElseThrow();
        form.coresProperty().set("1");

        // then the field explains it and the resize sends nothing
        assertThat(form.coresErrorProperty().get()).isEqualTo(messages.get("rule.spp.belowAllocated", "2"));
        assertThat(form.validProperty().get()).isFalse();
        model.resizePool(form);
        assertThat(ws.finished("Resize shared processor pool")).isEmpty();

        // when the reserve still covers the server
        form.coresProperty().set("3");
        assertThat(model.resizePoolCode(form).orElseThrow().curlPosix()).contains("-X PUT")
                .contains("/shared-processor-pools/" + row.id()).contains("'{\"reservedCores\":3}'");
        model.resizePool(form);

        // then the service and the row have the new reserve
        assertThat(ws.direct().listSharedProcessorPools(ws.context(), NONE).stream()
                .filter(p -> p.name().equals("app_pool")).findFirst().orElseThrow().reservedCores()).isEqualTo(3L);
        assertThat(model.pool("app_pool").orElseThrow().reserved()).isEqualTo(3);
        assertThat(model.pool("app_pool").orElseThrow().available()).isEqualTo(1.0);

        // and a pool with a server cannot be deleted: explained, nothing asked or sent
        model.deleteSelectedPool();
        assertThat(model.status().noticeProperty().get()).contains("app_pool", server);
        assertThat(dialogs.wasAsked("delete")).isFalse();
    }

    @Test
    void should_show_the_services_refusal_and_keep_what_the_user_typed() {
        // given a pool, and a reserve beyond what a host has (the form cannot know the host's size)
        poolWithServer("big_pool", 4, 1.0);
        model.selectPool(model.pool("big_pool").orElseThrow());
        ResizePoolForm form = model.newResizeForm().orElseThrow();
        form.coresProperty().set("99");

        // when it is sent
        model.resizePool(form);

        // then the service's refusal shows with its status and message
        Problem problem = model.status().problemProperty().get();
        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.serverMessage()).contains("reservedCores");
        assertThat(problem.hint()).isNotEmpty();
        assertThat(ws.finished("Resize shared processor pool")).extracting(ActivityEntry::outcome)
                .containsExactly(TaskOutcome.FAILED);

        // and the next form is the one the user typed
        assertThat(model.newResizeForm().orElseThrow().coresProperty().get()).isEqualTo("99");
        assertThat(model.pool("big_pool").orElseThrow().reserved()).isEqualTo(4);
    }

    @Test
    void should_create_a_placement_group_add_and_remove_a_server_and_explain_one_already_in_another_group() {
        // given an anti-affinity group
        CreateGroupForm form = model.newGroupForm(GroupRow.Kind.SERVERS);
        form.nameProperty().set("web-spread");
        form.policyProperty().set(PlacementPolicy.ANTI_AFFINITY);
        assertThat(model.createGroupCode(form).orElseThrow().cliPosix())
                .contains("ibmcloud pi placement-group create web-spread --policy anti-affinity");
        model.createGroup(form);
        GroupRow group = model.group("web-spread").orElseThrow();
        assertThat(group.policy()).isEqualTo(PlacementPolicy.ANTI_AFFINITY);
        assertThat(groupAtService("web-spread").policy()).isEqualTo("anti-affinity");
        model.selectGroup(group);
        assertThat(model.selectedGroupCode().orElseThrow().terraform())
                .contains("to = ibm_pi_placement_group.web_spread")
                .contains("pi_placement_group_policy = \"anti-affinity\"");

        // when a server of the workspace is added
        ServerChoice server = model.servers().get(0);
        dialogs.choice = label -> label.startsWith(server.name() + " ");
        model.selectGroup(group);
        model.addServerToSelectedGroup();

        // then the pick offered the add as code, with the server's id in the body the service got
        assertThat(dialogs.offeredCode.get(dialogs.offeredCode.size() - 1).get().orElseThrow().curlPosix())
                .contains("/placement-groups/" + group.id() + "/members")
                .contains("'{\"id\":\"" + server.id() + "\"}'");
        // and the service and the row list it
        assertThat(groupAtService("web-spread").members()).containsExactly(server.id());
        assertThat(model.group("web-spread").orElseThrow().memberNames()).containsExactly(server.name());
        assertThat(ws.finished("Add to placement group")).extracting(ActivityEntry::outcome)
                .containsExactly(TaskOutcome.SUCCEEDED);

        // when the same server is offered to a second group
        CreateGroupForm second = model.newGroupForm(GroupRow.Kind.SERVERS);
        second.nameProperty().set("db-near");
        second.policyProperty().set(PlacementPolicy.AFFINITY);
        model.createGroup(second);
        model.selectGroup(model.group("db-near").orElseThrow());
        model.addServerToSelectedGroup();

        // then it is explained instead of sent
        assertThat(model.status().noticeProperty().get())
                .isEqualTo(messages.get("pools.alreadyInGroup", server.name(), "web-spread"));
        assertThat(model.status().refusalProperty().get()).isTrue();
        assertThat(groupAtService("db-near").members()).isEmpty();
        assertThat(ws.finished("Add to placement group")).hasSize(1);

        // when it is removed from the first group after a risky confirmation
        model.selectGroup(model.group("web-spread").orElseThrow());
        model.removeServerFromSelectedGroup();

        // then it is out, and the confirmation offered the change as code
        assertThat(dialogs.wasAsked("confirm " + server.name() + " leaves web-spread")).isTrue();
        assertThat(dialogs.offeredCode.get(dialogs.offeredCode.size() - 1).get().orElseThrow().cliPosix())
                .contains("ibmcloud pi placement-group server-remove " + group.id() + " --server " + server.id());
        assertThat(groupAtService("web-spread").members()).isEmpty();
        assertThat(model.group("web-spread").orElseThrow().memberIds()).isEmpty();

        // and the group goes after typing its name
        model.deleteSelectedGroup(GroupRow.Kind.SERVERS);
        assertThat(dialogs.wasAsked("delete placement group web-spread")).isTrue();
        assertThat(model.group("web-spread")).isEmpty();
        assertThat(ws.direct().listPlacementGroups(ws.context(), NONE)).extracting(PlacementGroup::name)
                .containsExactly("db-near");
    }

    @Test
    void should_create_an_spp_placement_group_and_add_and_remove_a_pool() {
        // given a pool and an SPP placement group
        poolWithServer("spp_a", 2, 0.5);
        CreateGroupForm form = model.newGroupForm(GroupRow.Kind.POOLS);
        form.nameProperty().set("bad name");
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("pools.error.poolName"));
        assertThat(model.createGroupCode(form)).as("no code for a name the service refuses").isEmpty();
        form.nameProperty().set("apart");
        assertThat(model.createGroupCode(form).orElseThrow().cliPosix())
                .contains("ibmcloud pi shared-processor-pool placement-group create apart --policy ");
        model.createGroup(form);
        GroupRow apart = model.sppGroup("apart").orElseThrow();
        model.selectSppGroup(apart);
        assertThat(model.selectedSppGroupCode().orElseThrow().terraform())
                .contains("to = ibm_pi_spp_placement_group.apart")
                .contains("id = \"" + ws.scope().get().workspaceId() + "/" + apart.id() + "\"");

        // when the pool is added
        dialogs.choice = "spp_a"::equals;
        model.addPoolToSelectedSppGroup();

        // then the group and the pool show it, from the store's record of the group
        assertThat(model.sppGroup("apart").orElseThrow().memberNames()).containsExactly("spp_a");
        assertThat(ws.inventory().sppPlacementGroups(ws.scope().get())).singleElement()
                .satisfies(g -> assertThat(g.memberSharedProcessorPools()).hasSize(1));
        assertThat(model.pool("spp_a").orElseThrow().sppGroups()).isEqualTo("apart");

        // and the pick offered the add as code before it was sent
        String poolId = model.pool("spp_a").orElseThrow().id();
        assertThat(dialogs.offeredCode.get(dialogs.offeredCode.size() - 1).get().orElseThrow().cliPosix())
                .contains("ibmcloud pi shared-processor-pool placement-group member-add " + apart.id()
                        + " --shared-processor-pool " + poolId);

        // when it is removed (its one pool, after a risky confirmation that offers the change as code)
        model.removePoolFromSelectedSppGroup();
        assertThat(dialogs.wasAsked("confirm spp_a leaves apart")).isTrue();
        assertThat(dialogs.offeredCode.get(dialogs.offeredCode.size() - 1).get().orElseThrow().curlPosix())
                .contains("-X DELETE").contains("/spp-placement-groups/" + apart.id() + "/members/" + poolId);
        assertThat(model.sppGroup("apart").orElseThrow().memberIds()).isEmpty();

        // and the group deleted
        model.deleteSelectedGroup(GroupRow.Kind.POOLS);

        // then the group is gone and the pool stays
        assertThat(ws.direct().listSppPlacementGroups(ws.context(), NONE)).isEmpty();
        assertThat(model.pool("spp_a")).isPresent();
    }

    @Test
    void should_replace_only_the_row_a_member_change_touched_and_show_it_in_the_store() {
        // given two placement groups and a pool on the page, and a watcher of every list change
        poolWithServer("calm_pool", 2, 0.5);
        for (String name : List.of("first", "second")) {
            CreateGroupForm form = model.newGroupForm(GroupRow.Kind.SERVERS);
            form.nameProperty().set(name);
            model.createGroup(form);
        }
        List<String> changes = new java.util.ArrayList<>();
        model.groups().addListener((javafx.collections.ListChangeListener<GroupRow>) change -> {
            while (change.next()) {
                List<? extends GroupRow> touched = change.wasAdded()
                        ? change.getList().subList(change.getFrom(), change.getTo()) : change.getRemoved();
                changes.add("groups " + (change.wasReplaced() ? "replaced " : change.wasAdded() ? "added " : "removed ")
                        + touched.stream().map(GroupRow::name).toList());
            }
        });
        model.pools().addListener((javafx.collections.ListChangeListener<PoolRow>) change -> changes.add("pools"));
        model.sppGroups().addListener((javafx.collections.ListChangeListener<GroupRow>) change -> changes.add("spp"));
        int second = model.groups().indexOf(model.group("second").orElseThrow());

        // when a server is added to the second group
        ServerChoice server = model.servers().get(0);
        dialogs.choice = label -> label.startsWith(server.name() + " ");
        model.selectGroup(model.group("second").orElseThrow());
        model.addServerToSelectedGroup();

        // then exactly that row was replaced, in place, and the store has the member for every view
        assertThat(changes).containsExactly("groups replaced [second]");
        assertThat(model.groups().indexOf(model.group("second").orElseThrow())).isEqualTo(second);
        assertThat(ws.inventory().placementGroups(ws.scope().get())).filteredOn(g -> g.name().equals("second"))
                .singleElement().satisfies(g -> assertThat(g.members()).containsExactly(server.id()));
        assertThat(model.selectedGroupProperty().get().memberNames()).containsExactly(server.name());

        // when the group is deleted, its row goes and nothing else moves
        changes.clear();
        model.deleteSelectedGroup(GroupRow.Kind.SERVERS);
        assertThat(changes).containsExactly("groups removed [second]");
        assertThat(ws.inventory().placementGroups(ws.scope().get())).extracting(PlacementGroup::name)
                .containsExactly("first");
    }

    @Test
    void should_keep_the_rows_and_the_selection_when_shown_again_and_list_only_what_the_store_no_longer_holds() {
        // given two pools and a placement group on the page, the second pool selected, and a watcher of removals
        poolWithServer("keep_a", 2, 0.5);
        poolWithServer("keep_b", 2, 0.5);
        CreateGroupForm form = model.newGroupForm(GroupRow.Kind.SERVERS);
        form.nameProperty().set("kept-group");
        model.createGroup(form);
        PoolRow selected = model.pool("keep_b").orElseThrow();
        model.selectPool(selected);
        List<String> removed = new java.util.ArrayList<>();
        javafx.collections.ListChangeListener<Object> watcher = change -> {
            while (change.next()) {
                if (change.wasRemoved() && !change.wasReplaced()) {
                    removed.add(change.getRemoved().toString());
                }
            }
        };
        model.pools().addListener(watcher);
        model.groups().addListener(watcher);
        int calls = ws.recording().calls().size();

        // when the page is taken off screen and shown again
        model.setShown(false);
        model.setShown(true);

        // then the same rows and selection are there, and nothing was called (not even the system types)
        assertThat(model.selectedPoolProperty().get()).isSameAs(selected);
        assertThat(model.pool("keep_b").orElseThrow()).isSameAs(selected);
        assertThat(model.group("kept-group")).isPresent();
        assertThat(removed).isEmpty();
        assertThat(ws.recording().calls()).hasSize(calls);

        // when the workspace is refreshed while the page is off screen, then the page shown again
        model.setShown(false);
        ws.inventory().refresh(ws.scope().get());
        long poolLists = ws.recording().count("listSharedProcessorPools");
        model.setShown(true);

        // then the store lists each kind once more, no row went meanwhile, and the selection is the pool's by id
        assertThat(ws.recording().count("listSharedProcessorPools")).isEqualTo(poolLists + 1);
        assertThat(removed).isEmpty();
        assertThat(model.selectedPoolProperty().get().id()).isEqualTo(selected.id());
        assertThat(model.pools()).extracting(PoolRow::name).containsExactlyInAnyOrder("keep_a", "keep_b");
    }
}
