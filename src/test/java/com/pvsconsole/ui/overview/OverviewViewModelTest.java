package com.pvsconsole.ui.overview;

import com.pvsconsole.testsupport.Stores;
import static com.pvsconsole.service.support.Fixtures.instanceRef;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.support.OneWorkspaceClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.service.usage.UsageMetric;
import com.pvsconsole.service.usage.WorkspaceUsage;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The overview's numbers without a window: same-thread executor, scripted client. */
class OverviewViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActivityLog activity = new ActivityLog(Clock.systemUTC(), 50);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private final ScriptedClient client = new ScriptedClient();
    private InventoryService inventory;
    private javafx.beans.property.SimpleObjectProperty<com.pvsconsole.service.inventory.WorkspaceScope> scope;
    private OverviewViewModel model;
    private static int usageCalls;

    /** A workspace whose usage grows with each answer; storage has no limit in the answer. */
    private static final class ScriptedClient extends OneWorkspaceClient {
        double instances = 3;

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            return instances > 3 ? List.of(instanceRef("a", "aix", "ACTIVE"), instanceRef("b", "rhel", "BUILD"))
                    : List.of(instanceRef("a", "aix", "ACTIVE"));
        }

        @Override
        public CloudInstance getCloudInstance(WorkspaceContext ctx, CancellationToken cancel) {
            usageCalls++;
            return JSON.convertValue(Map.of(
                    "usage", Map.of("instances", instances, "processors", 2.5, "memory", 48, "storage", 900),
                    "limits", Map.of("instances", 10, "processors", 20, "memory", 64)), CloudInstance.class);
        }
    }

    @BeforeEach
    void setUp() {
        inventory = Stores.store(client, executor, Clock.systemUTC());
        scope = Stores.open(inventory, "us-south", OneWorkspaceClient.PROD);
        model = new OverviewViewModel(inventory, scope, new WorkspaceUsage(client, new WorkspaceTasks(executor)));
    }

    @Test
    void should_show_each_quota_used_against_its_limit() {
        assertThat(model.metrics()).containsExactly(
                new UsageMetric(UsageMetric.Kind.INSTANCES, 3, 10),
                new UsageMetric(UsageMetric.Kind.PROCESSORS, 2.5, 20),
                new UsageMetric(UsageMetric.Kind.MEMORY, 48, 64),
                new UsageMetric(UsageMetric.Kind.STORAGE, 900, 0));
        assertThat(model.metrics().get(2).fraction()).isEqualTo(0.75);
        assertThat(model.metrics().get(3).hasLimit()).as("no limit reported").isFalse();
        assertThat(model.workspaceNameProperty().get()).isEqualTo("prod");
    }

    @Test
    void should_not_reread_usage_when_a_refresh_changed_no_instance() {
        int calls = usageCalls;

        inventory.refresh(scope.get());

        assertThat(usageCalls).isEqualTo(calls);
    }

    @Test
    void should_follow_the_workspace_refresh_quietly() {
        int recorded = activity.history().size();
        client.instances = 4;

        inventory.refresh(scope.get());

        assertThat(model.metrics().get(0).used()).isEqualTo(4);
        assertThat(activity.history().subList(0, activity.history().size() - recorded))
                .extracting(ActivityEntry::name).doesNotContain("Load usage");
    }
}
