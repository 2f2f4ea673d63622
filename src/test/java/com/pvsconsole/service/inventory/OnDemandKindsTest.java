package com.pvsconsole.service.inventory;

import static com.pvsconsole.service.support.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.sim.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Images, SSH keys, events and jobs in the store: listed only while a view needs them, merged by id, scoped. */
class OnDemandKindsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RegionEndpoint DALLAS = RegionEndpoint.publicEndpoint("us-south");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T14:00:00Z"));
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final ScriptedClient client = new ScriptedClient();
    private final List<String> heard = new ArrayList<>();
    private InventoryService store;

    /** Images, keys, events and jobs per workspace id; counts every list call by kind. */
    private static final class ScriptedClient extends EmptyListsClient {
        final Map<String, List<Workspace>> workspaces = new ConcurrentHashMap<>();
        final Map<String, List<ImageReference>> images = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        volatile Instant eventsFrom;

        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            return workspaces.getOrDefault(endpoint.region(), List.of());
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            count("instances");
            return List.of();
        }

        @Override
        public List<ImageReference> listImages(WorkspaceContext ctx, CancellationToken cancel) {
            count("images");
            return images.getOrDefault(ctx.cloudInstanceId(), List.of());
        }

        @Override
        public List<SshKey> listSshKeys(WorkspaceContext ctx, CancellationToken cancel) {
            count("keys");
            return List.of(new SshKey(null, "ops", "ssh-ed25519 AAAA ops"));
        }

        @Override
        public List<Event> listEvents(WorkspaceContext ctx, Instant from, Instant to, CancellationToken cancel) {
            count("events");
            eventsFrom = from;
            return List.of(JSON.convertValue(Map.of("eventID", "e1", "message", "started", "level", "info"), Event.class));
        }

        @Override
        public List<Job> listJobs(WorkspaceContext ctx, CancellationToken cancel) {
            count("jobs");
            return List.of(JSON.convertValue(Map.of("id", "j1", "status", Map.of("state", "running")), Job.class));
        }

        void count(String kind) {
            calls.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }

        int calls(String kind) {
            return calls.getOrDefault(kind, new AtomicInteger()).get();
        }
    }

    private static ImageReference image(String id, String name, String state) {
        return JSON.convertValue(Map.of("imageID", id, "name", name, "state", state), ImageReference.class);
    }

    @BeforeEach
    void setUp() {
        client.workspaces.put("us-south", List.of(workspace("ws-prod", "prod"), workspace("ws-dev", "dev")));
        client.images.put("ws-prod", List.of(image("i1", "aix-73", "active"), image("i2", "rhel-9", "active")));
        client.images.put("ws-dev", List.of(image("i9", "ibmi-75", "active")));
        store = new InventoryService("acct-1", client, RegionCatalog.loadDefault(), executor, clock,
                RefreshPolicy.defaults(Duration.ofSeconds(30)), 4);
        store.addListener(new InventoryListener() {
            @Override
            public void imagesChanged(WorkspaceScope scope, Delta<ImageReference> delta) {
                heard.add(scope.workspaceName() + ":" + delta.added().size() + "+" + delta.changed().size() + "~"
                        + delta.removed().size() + "-");
            }
        });
        store.discoverRegion(DALLAS);
    }

    private WorkspaceScope scope(String name) {
        return store.workspaces(DALLAS).stream().filter(ws -> ws.workspaceName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_list_no_on_demand_kind_while_no_view_needs_it() {
        // given every workspace loaded and refreshed
        store.refreshAll();

        // then neither images, keys, events nor jobs were asked for
        assertThat(client.calls("instances")).isEqualTo(4);
        assertThat(client.calls("images") + client.calls("keys") + client.calls("events") + client.calls("jobs")).isZero();
        assertThat(store.images(scope("prod"))).isEmpty();
        assertThat(store.isLoaded(scope("prod"), ResourceKind.IMAGES)).isFalse();
    }

    @Test
    void should_list_a_needed_kind_at_once_and_with_every_refresh_of_that_workspace_only() {
        // when the Images page opens on prod
        InventoryService.Need need = store.need(scope("prod"), ResourceKind.IMAGES);

        // then prod's images were listed once, and dev's not at all
        assertThat(client.calls("images")).isEqualTo(1);
        assertThat(store.images(scope("prod"))).extracting(ImageReference::name).containsExactly("aix-73", "rhel-9");
        assertThat(store.images(scope("dev"))).isEmpty();

        // and each refresh of prod lists them once more, a refresh of dev does not
        store.refresh(scope("prod"));
        store.refresh(scope("dev"));
        assertThat(client.calls("images")).isEqualTo(2);

        // when the page closes, refreshes stop listing them and the list is dropped
        need.release();
        need.release();
        store.refresh(scope("prod"));
        assertThat(client.calls("images")).isEqualTo(2);
        assertThat(store.isLoaded(scope("prod"), ResourceKind.IMAGES)).isFalse();
    }

    @Test
    void should_keep_listing_while_any_of_two_views_still_needs_the_kind() {
        InventoryService.Need first = store.need(scope("prod"), ResourceKind.IMAGES);
        store.need(scope("prod"), ResourceKind.IMAGES);

        first.release();
        store.refresh(scope("prod"));

        assertThat(client.calls("images")).isEqualTo(2);
        assertThat(store.images(scope("prod"))).hasSize(2);
    }

    @Test
    void should_announce_only_the_images_that_changed_when_a_refresh_is_merged_by_id() {
        store.need(scope("prod"), ResourceKind.IMAGES);
        assertThat(heard).containsExactly("prod:2+0~0-");
        heard.clear();

        // when one image changes state, one appears and one goes
        client.images.put("ws-prod", List.of(image("i1", "aix-73", "deleting"), image("i3", "sles", "queued")));
        store.refresh(scope("prod"), ResourceKind.IMAGES);

        // then one delta says exactly that, for prod
        assertThat(heard).containsExactly("prod:1+1~1-");
        // and a refresh that changes nothing announces nothing
        heard.clear();
        store.refresh(scope("prod"), ResourceKind.IMAGES);
        assertThat(heard).isEmpty();
    }

    @Test
    void should_keep_each_workspaces_own_records_under_its_own_scope() {
        store.need(scope("prod"), ResourceKind.IMAGES);
        store.need(scope("dev"), ResourceKind.IMAGES);
        List<String> scoped = new ArrayList<>();
        store.addListener(new InventoryListener() {
            @Override
            public void imagesChanged(WorkspaceScope scope, Delta<ImageReference> delta) {
                delta.added().forEach(image -> scoped.add(scope.crn().cloudInstanceId() + "/" + image.imageID()));
            }
        });

        client.images.put("ws-dev", List.of(image("i9", "ibmi-75", "active"), image("i10", "aix-72", "active")));
        store.refresh(scope("dev"));

        assertThat(scoped).containsExactly("ws-dev/i10");
        assertThat(store.images(scope("prod"))).extracting(ImageReference::imageID).containsExactly("i1", "i2");
        assertThat(store.images(scope("dev"))).extracting(ImageReference::imageID).containsExactly("i9", "i10");
    }

    @Test
    void should_list_keys_events_and_jobs_by_their_own_ids_and_events_of_the_last_week() {
        WorkspaceScope prod = scope("prod");
        store.need(prod, ResourceKind.SSH_KEYS);
        store.need(prod, ResourceKind.EVENTS);
        store.need(prod, ResourceKind.JOBS);

        assertThat(store.sshKeys(prod)).extracting(SshKey::name).containsExactly("ops");
        assertThat(store.events(prod)).extracting(Event::eventID).containsExactly("e1");
        assertThat(store.jobs(prod)).extracting(Job::id).containsExactly("j1");
        assertThat(client.eventsFrom).isEqualTo(clock.instant().minus(Duration.ofDays(7)));
    }

    @Test
    void should_follow_a_workspace_with_a_running_job_only_while_the_jobs_are_needed() {
        WorkspaceScope prod = scope("prod");
        InventoryService.Need jobs = store.need(prod, ResourceKind.JOBS);
        assertThat(store.status().transitions()).isEqualTo(1);

        jobs.release();
        store.refresh(prod);

        assertThat(store.status().transitions()).isZero();
    }
}
