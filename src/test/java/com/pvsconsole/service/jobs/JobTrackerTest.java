package com.pvsconsole.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.JobReference;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.Eventually;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.testsupport.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Jobs followed to the end against the real simulator over HTTP (fast time scale). */
class JobTrackerTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private final SimulatedWorkspace sim = SimulatedWorkspace.start(0.005);
    private final ActivityLog activity = new ActivityLog(Clock.systemUTC(), 100);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private final InventoryService store = Stores.store(sim.client(), executor, Clock.systemUTC());
    private final JobTracker tracker = new JobTracker(sim.client(), executor, activity, store,
            Clock.systemUTC(), Duration.ofMillis(10), Duration.ofMinutes(1));
    private final List<String> heard = new ArrayList<>();

    @AfterEach
    void stop() {
        sim.close();
    }

    private String anInstanceId() {
        return sim.direct().listInstances(sim.context(), CancellationToken.none()).stream()
                .filter(i -> "ACTIVE".equals(i.status())).map(PvmInstanceReference::pvmInstanceID).findFirst()
                .orElseThrow();
    }

    private String startCapture(String imageName) {
        JobReference job = sim.direct().captureInstance(sim.context(), anInstanceId(),
                PvmInstanceCapture.toImageCatalog(imageName, List.of()), CancellationToken.none());
        return job.id();
    }

    private JobListener recorder() {
        return new JobListener() {
            @Override
            public void jobFinished(TrackedJob job, boolean completed) {
                heard.add(job.id() + ":" + completed);
            }
        };
    }

    private void awaitEnd(String jobId) {
        Eventually.until("job " + jobId + " to end", LIMIT, executor::runScheduled,
                () -> tracker.job(jobId).map(TrackedJob::finished).orElse(false));
    }

    @Test
    void should_follow_a_capture_job_to_completed_with_an_activity_entry() {
        // given a capture job the console started
        String jobId = startCapture("golden-aix");

        // when the tracker follows it
        tracker.track(sim.workspaceScope(), jobId, "Capture image golden-aix", "aix-prod", recorder());
        assertThat(activity.running()).extracting(ActivityEntry::name).contains("Capture image golden-aix");
        awaitEnd(jobId);

        // then it ended completed, the listener heard it once and the activity history says so
        assertThat(tracker.job(jobId).orElseThrow().completed()).isTrue();
        assertThat(heard).containsExactly(jobId + ":true");
        assertThat(activity.running()).extracting(ActivityEntry::name).doesNotContain("Capture image golden-aix");
        ActivityEntry entry = activity.history().stream().filter(e -> e.name().equals("Capture image golden-aix"))
                .findFirst().orElseThrow();
        assertThat(entry.outcome()).isEqualTo(TaskOutcome.SUCCEEDED);
        assertThat(entry.target()).isEqualTo("aix-prod");
        // and the image is in the workspace's catalog
        assertThat(sim.direct().listImages(sim.context(), CancellationToken.none()))
                .extracting(image -> image.name()).contains("golden-aix");
    }

    @Test
    void should_report_a_failed_job_with_the_service_message() {
        // given a capture the simulator fails (its name asks for it)
        String jobId = startCapture("will-fail");

        // when followed to its end
        tracker.track(sim.workspaceScope(), jobId, "Capture image will-fail", "aix-prod", recorder());
        awaitEnd(jobId);

        // then the job, the listener and the activity entry all say failed, with the message
        TrackedJob job = tracker.job(jobId).orElseThrow();
        assertThat(job.completed()).isFalse();
        assertThat(job.message()).contains("could not be completed");
        assertThat(heard).containsExactly(jobId + ":false");
        ActivityEntry entry = activity.history().stream().filter(e -> e.name().equals("Capture image will-fail"))
                .findFirst().orElseThrow();
        assertThat(entry.outcome()).isEqualTo(TaskOutcome.FAILED);
        assertThat(entry.problem().serverMessage()).contains("could not be completed");
    }

    @Test
    void should_pick_up_running_jobs_it_finds_and_follow_them_to_the_end() {
        // given a workspace in the store and a job started elsewhere (another tool)
        WorkspaceScope scope = Stores.open(store, sim.sim().regions().get(0), sim.workspace()).get();
        String jobId = startCapture("from-the-cli");

        // when the tracker looks at the workspace's jobs (through the store's job list)
        tracker.discover(scope);

        // then it follows that job until it ends
        assertThat(tracker.job(jobId)).isPresent();
        awaitEnd(jobId);
        assertThat(tracker.job(jobId).orElseThrow().completed()).isTrue();
        assertThat(activity.history()).extracting(ActivityEntry::name).contains("Job vmCapture");
    }

    @Test
    void should_keep_every_job_after_the_service_list_drops_it() {
        // given six captures, one after the other (the service runs one at a time)
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String jobId = startCapture("image-" + i);
            ids.add(jobId);
            tracker.track(sim.workspaceScope(), jobId, "Capture image image-" + i, "aix-prod", recorder());
            awaitEnd(jobId);
        }

        // then the service lists only five, the tracker still knows all six and each ended completed
        assertThat(sim.direct().listJobs(sim.context(), CancellationToken.none())).hasSize(5);
        assertThat(tracker.jobs()).extracting(TrackedJob::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(tracker.jobs()).allMatch(TrackedJob::completed);
        assertThat(tracker.followingCount()).isZero();
    }
}
