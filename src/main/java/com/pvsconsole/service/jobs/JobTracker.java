package com.pvsconsole.service.jobs;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TaskOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;

/**
 * Follows every job the console starts or finds until it is completed or failed, by id, so a job
 * stays followed after it drops off the service's five-job list. Each followed job is an entry
 * in the activity log (progress from the job's status) and stays listed here after it ends.
 * The first time the workspace on screen loads, its job list is read and running jobs not yet
 * followed are picked up. UI thread only.
 */
public final class JobTracker implements InventoryListener {

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final ActivityLog activity;
    private final InventoryService inventory;
    private final Clock clock;
    private final PollSchedule schedule;
    private final Map<String, TrackedJob> known = new LinkedHashMap<>();
    private final Map<String, Follow> following = new LinkedHashMap<>();
    private final Set<String> discovered = new HashSet<>();
    private final Transitions transitions;
    /** Workspaces whose job list is asked of the store for {@link #discover}, until it answers. */
    private final Map<String, InventoryService.Need> looking = new HashMap<>();
    private static final InventoryService.Need LOOKING = () -> { };
    private final com.pvsconsole.service.task.WorkSettled settled;

    public JobTracker(PowerVsClient client, TaskExecutor executor, ActivityLog activity, InventoryService inventory,
                      Clock clock, Duration interval, Duration followLimit) {
        this(client, executor, activity, inventory, clock, interval, followLimit, Transitions.untracked(clock));
    }

    /** {@code transitions}: where the jobs this console starts are timed against the usual. */
    public JobTracker(PowerVsClient client, TaskExecutor executor, ActivityLog activity, InventoryService inventory,
                      Clock clock, Duration interval, Duration followLimit, Transitions transitions) {
        this(client, executor, activity, inventory, clock, interval, followLimit, transitions, com.pvsconsole.service.task.WorkSettled.NONE);
    }

    /** {@code settled}: told when a followed job ends (the journal marks the request that started it). */
    public JobTracker(PowerVsClient client, TaskExecutor executor, ActivityLog activity, InventoryService inventory,
                      Clock clock, Duration interval, Duration followLimit, Transitions transitions,
                      com.pvsconsole.service.task.WorkSettled settled) {
        this.settled = java.util.Objects.requireNonNull(settled, "settled");
        this.transitions = transitions;
        this.client = client;
        this.executor = executor;
        this.activity = activity;
        this.inventory = inventory;
        this.clock = clock;
        this.schedule = new PollSchedule(interval, followLimit, clock);
        inventory.addListener(this);
    }

    /** Follows a job the console just started; {@code label} and {@code target} name it in the activity log. */
    public void track(WorkspaceScope scope, String jobId, String label, String target, JobListener listener) {
        WorkspaceContext ctx = scope.context();
        track(ctx, jobId, label, target, listener, true);
    }

    /** {@code timed}: started now by this console, so its duration is known (a discovered job's is not). */
    private void track(WorkspaceContext ctx, String jobId, String label, String target, JobListener listener,
                       boolean timed) {
        if (following.containsKey(jobId)) {
            return;
        }
        if (timed) {
            kindOf(label).ifPresent(kind -> transitions.begin(ctx.crn().location(), kind, jobId, target));
        }
        TrackedJob job = TrackedJob.started(jobId, label, target, clock.instant());
        known.put(jobId, job);
        Follow follow = new Follow(ctx, job, activity.startFollowed(label, target), listener);
        following.put(jobId, follow);
        follow.start();
    }

    /**
     * Follows the running jobs of the workspace's job list not followed yet. The list comes from
     * the store (one list call, or none when a view already shows it), which is asked for it only
     * until it has answered: the list is short-lived, so it is not kept refreshed for this.
     */
    public void discover(WorkspaceScope scope) {
        if (scope == null || looking.containsKey(scope.workspaceId())) {
            return;
        }
        if (inventory.isLoaded(scope, ResourceKind.JOBS)) {
            pickUp(scope);
            return;
        }
        looking.put(scope.workspaceId(), LOOKING);
        InventoryService.Need need = inventory.need(scope, ResourceKind.JOBS);
        if (looking.get(scope.workspaceId()) == LOOKING) {
            looking.put(scope.workspaceId(), need);
        } else {
            need.release(); // the store answered at once (it runs inline in tests)
        }
    }

    private void pickUp(WorkspaceScope scope) {
        WorkspaceContext ctx = scope.context();
        inventory.jobs(scope).stream().filter(JobTracker::running)
                .filter(job -> !known.containsKey(job.id()))
                .forEach(job -> track(ctx, job.id(), labelOf(job), targetOf(job), JobListener.NONE, false));
    }

    /**
     * The first time the workspace on screen has loaded, its running jobs are picked up (once);
     * a job list that arrived for {@link #discover} is read and given back.
     */
    @Override
    public void workspaceLoaded(WorkspaceScope scope, Instant at) {
        if (looking.containsKey(scope.workspaceId()) && inventory.isLoaded(scope, ResourceKind.JOBS)) {
            pickUp(scope);
            looking.remove(scope.workspaceId()).release();
        }
        if (inventory.focused().filter(scope::equals).isPresent() && discovered.add(scope.workspaceId())) {
            discover(scope);
        }
    }

    @Override
    public void workspaceFailed(WorkspaceScope scope, Problem problem) {
        InventoryService.Need need = looking.remove(scope.workspaceId());
        if (need != null) {
            need.release();
        }
    }

    /** Every job seen since start, newest first. */
    public List<TrackedJob> jobs() {
        List<TrackedJob> all = new ArrayList<>(known.values());
        Collections.reverse(all);
        return all;
    }

    public Optional<TrackedJob> job(String id) {
        return Optional.ofNullable(known.get(id));
    }

    public int followingCount() {
        return following.size();
    }

    /** Stops every poll (shutdown). */
    public void stopAll() {
        List.copyOf(looking.values()).forEach(InventoryService.Need::release);
        looking.clear();
        List.copyOf(following.values()).forEach(Follow::stop);
        following.clear();
    }

    private static boolean running(Job job) {
        String state = job.status() == null ? null : job.status().state();
        return state != null && !state.equalsIgnoreCase(TrackedJob.COMPLETED) && !state.equalsIgnoreCase(TrackedJob.FAILED);
    }

    private static Optional<TransitionHistory.Kind> kindOf(String label) {
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("capture") ? Optional.of(TransitionHistory.Kind.CAPTURE)
                : lower.contains("import") ? Optional.of(TransitionHistory.Kind.IMPORT) : Optional.empty();
    }

    private static String labelOf(Job job) {
        String action = job.operation() == null ? null : job.operation().action();
        return "Job " + (action == null || action.isBlank() ? job.id() : action);
    }

    private static String targetOf(Job job) {
        String target = job.operation() == null ? null : job.operation().target();
        return target == null ? "" : target;
    }

    /** The following of one job: a {@link Poller} whose answers update the job and its activity entry. */
    private final class Follow implements Poller.Watcher<Job> {
        private final WorkspaceContext ctx;
        private final String id;
        private final long activityId;
        private final JobListener listener;
        private TaskHandle poller = TaskHandle.none();

        Follow(WorkspaceContext ctx, TrackedJob job, long activityId, JobListener listener) {
            this.ctx = ctx;
            this.id = job.id();
            this.activityId = activityId;
            this.listener = listener;
        }

        void start() {
            poller = Poller.start(executor, schedule, "Follow job", known.get(id).target(),
                    cancellable(token -> client.getJob(ctx, id, token)), this);
        }

        @Override
        public boolean answered(Job job) {
            TrackedJob now = known.get(id).with(job);
            known.put(id, now);
            activity.progressed(activityId, now.progress(), now.describe()
                    + transitions.assess(id).map(a -> " · " + a.describe()).orElse(""));
            transitions.touched(id);
            listener.jobUpdated(job);
            if (now.finished()) {
                finish(now);
                return true;
            }
            return false;
        }

        @Override
        public void gone() {
            transitions.abandoned(id); // not a failure of the work: the console lost sight of it
            finish(known.get(id).lost("The service no longer knows this job."));
        }

        @Override
        public void timedOut() {
            transitions.abandoned(id);
            finish(known.get(id).lost("The console stopped following this job after "
                    + schedule.limit().toMinutes() + " minutes; it may still be running."));
        }

        // failed(): a network blip or 5xx, the poller keeps following until the limit

        private void finish(TrackedJob job) {
            known.put(id, job);
            following.remove(id);
            if (job.completed()) {
                transitions.succeeded(id);
                settled.finished(ctx, id);
            } else {
                transitions.failed(id);
                settled.failed(ctx, id, "Job " + job.state());
            }
            activity.finished(activityId, job.completed() ? TaskOutcome.SUCCEEDED : TaskOutcome.FAILED,
                    job.completed() ? null : new Problem(job.label(), 0, "Job " + job.state(),
                            "Read the service's message, fix the cause and start the work again.",
                            job.message(), "job " + id, false));
            listener.jobFinished(job, job.completed());
        }

        void stop() {
            poller.cancel();
            transitions.abandoned(id);
            activity.finished(activityId, TaskOutcome.CANCELLED, null);
        }
    }
}
