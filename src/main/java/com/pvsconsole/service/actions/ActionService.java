package com.pvsconsole.service.actions;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceConsole;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.WorkSettled;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskWork;
import com.pvsconsole.service.task.TrackedWork;
import com.pvsconsole.api.model.PvmInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs instance actions, one task per instance so a bulk action reports a result per instance,
 * then follows each accepted instance until it settles. "Already in that state" (409) is a
 * skip, not a failure. UI thread only.
 */
public final class ActionService {

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final PollSchedule schedule;
    private final Map<String, InstanceFollower> followers = new HashMap<>();
    private final Transitions transitions;
    private final WorkSettled settled;

    public ActionService(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit) {
        this(client, executor, pollInterval, followLimit, Transitions.untracked(java.time.Clock.systemUTC()));
    }

    /** {@code transitions}: where followed changes are timed against the usual (and learnt from). */
    public ActionService(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit,
                         Transitions transitions) {
        this(client, executor, pollInterval, followLimit, transitions, WorkSettled.NONE);
    }

    /** {@code settled}: told when a followed change ends (the journal marks its entry FINISHED or FAILED). */
    public ActionService(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit,
                         Transitions transitions, WorkSettled settled) {
        this.settled = java.util.Objects.requireNonNull(settled, "settled");
        this.client = client;
        this.executor = executor;
        this.schedule = new PollSchedule(pollInterval, followLimit);
        this.transitions = transitions;
    }

    /** Acts on every target; {@code deleteDataVolumes} matters only for delete. */
    public void perform(WorkspaceScope scope, InstanceActionKind kind, List<InstanceTarget> targets,
                        boolean deleteDataVolumes, ActionListener listener) {
        WorkspaceContext ctx = scope.context();
        List<InstanceResult> results = new ArrayList<>();
        Runnable maybeFinished = () -> {
            if (results.size() == targets.size()) {
                listener.actionFinished(new BulkResult(kind, ordered(results, targets)));
            }
        };
        for (InstanceTarget target : targets) {
            if (!kind.allowedFrom(target.status())) {
                results.add(new InstanceResult(target, InstanceResult.Outcome.NOT_ALLOWED, null));
                maybeFinished.run();
                continue;
            }
            listener.instanceBusy(target.id(), kind);
            // The request alone is quiet: "accepted" is not "done". The Activity entry opens when the
            // service accepts and stays running until the server settles, goes to ERROR or is gone.
            // While the request is on its way (a slow service) its entry offers Cancel.
            executor.submit(BackgroundTask.of(label(kind), target.name(), work(ctx, kind, target, deleteDataVolumes))
                    .quiet()
                    .userCancellable()
                    .onCancelled(() -> ended(target, InstanceResult.Outcome.CANCELLED, null, results, listener,
                            maybeFinished))
                    .onSuccess(ignored -> {
                        results.add(new InstanceResult(target, InstanceResult.Outcome.ACCEPTED, null));
                        follow(ctx, target, kind, tracked(ctx, kind, target, listener));
                        maybeFinished.run();
                    })
                    .onFailure(problem -> {
                        if (problem.status() == 409 && MAYBE_ALREADY_THERE.contains(kind)) {
                            checkAlreadyThere(ctx, kind, target, problem, results, listener, maybeFinished);
                        } else {
                            failed(target, problem, results, listener, maybeFinished);
                        }
                    }));
        }
    }

    /**
     * A start or stop of a server already in that state answers 409, which means success
     * (FAULTS-AND-SEMANTICS row 40); the console's row may just be stale. Any other 409 is a
     * conflict to show with its hint. The server is read once to tell which: already in the
     * action's state is "skipped" (and the row takes the status read), anything else is the
     * failure the service answered. Every other action's 409 is a failure as it stands.
     */
    private void checkAlreadyThere(WorkspaceContext ctx, InstanceActionKind kind, InstanceTarget target,
                                   Problem conflict, List<InstanceResult> results, ActionListener listener,
                                   Runnable maybeFinished) {
        String wanted = kind.settledStatus().orElseThrow();
        executor.submit(BackgroundTask.of(label(kind), target.name(),
                        cancellable(token -> client.getInstance(ctx, target.id(), token))).quiet()
                .onSuccess(instance -> {
                    boolean there = wanted.equalsIgnoreCase(instance.status());
                    results.add(new InstanceResult(target, there ? InstanceResult.Outcome.SKIPPED
                            : InstanceResult.Outcome.FAILED, there ? null : conflict));
                    listener.instanceUpdated(instance);
                    listener.instanceSettled(target.id(), instance.status(), false);
                    maybeFinished.run();
                })
                .onFailure(unread -> failed(target, conflict, results, listener, maybeFinished)));
    }

    /** The action failed for {@code target}: the row keeps the status it had. */
    private static void failed(InstanceTarget target, Problem problem, List<InstanceResult> results,
                               ActionListener listener, Runnable maybeFinished) {
        ended(target, InstanceResult.Outcome.FAILED, problem, results, listener, maybeFinished);
    }

    /** The action ended for {@code target} without a change to follow: the row keeps the status it had. */
    private static void ended(InstanceTarget target, InstanceResult.Outcome outcome, Problem problem,
                              List<InstanceResult> results, ActionListener listener, Runnable maybeFinished) {
        results.add(new InstanceResult(target, outcome, problem));
        listener.instanceSettled(target.id(), target.status(), false);
        maybeFinished.run();
    }

    /**
     * Follows instances changed by another call (created, resized) until they settle, with the
     * same progress events as an action: busy, updated, then settled, ERROR or gone.
     */
    public void followChange(WorkspaceScope scope, InstanceActionKind kind, List<InstanceTarget> targets,
                             ActionListener listener) {
        WorkspaceContext ctx = scope.context();
        for (InstanceTarget target : targets) {
            listener.instanceBusy(target.id(), kind);
            follow(ctx, target, kind, tracked(ctx, kind, target, listener));
        }
    }

    /** Asks for a fresh noVNC console URL. */
    public Pending<String> openConsole(WorkspaceScope scope, InstanceTarget target) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Open console", target.name(),
                        cancellable(token -> client.createConsoleUrl(ctx, target.id(), token))))
                .map(PvmInstanceConsole::consoleURL);
    }

    /** Stops following every instance (workspace switch, shutdown). */
    public void stopFollowing() {
        followers.values().forEach(InstanceFollower::stop);
        followers.clear();
    }

    /** The actions whose 409 may mean "already in that state" (FAULTS-AND-SEMANTICS row 40). */
    private static final java.util.Set<InstanceActionKind> MAYBE_ALREADY_THERE = java.util.EnumSet.of(
            InstanceActionKind.START, InstanceActionKind.STOP, InstanceActionKind.IMMEDIATE_SHUTDOWN);

    private TaskWork<Boolean> work(WorkspaceContext ctx, InstanceActionKind kind, InstanceTarget target,
                                   boolean deleteDataVolumes) {
        TaskWork<Boolean> request = cancellable(token -> {
            if (kind == InstanceActionKind.DELETE) {
                client.deleteInstance(ctx, target.id(), deleteDataVolumes, token);
            } else {
                client.performInstanceAction(ctx, target.id(), kind.apiAction().orElseThrow(), token);
            }
            return Boolean.TRUE;
        });
        return context -> {
            // What a slow request's Activity entry waits for, beside its Cancel.
            context.updateProgress(-1, "sent; waiting for the service to answer");
            return request.run(context);
        };
    }

    private void follow(WorkspaceContext ctx, InstanceTarget target, InstanceActionKind kind, ActionListener listener) {
        InstanceFollower previous = followers.remove(target.id());
        if (previous != null) {
            previous.stop();
        }
        ActionListener untrack = new ForwardingListener(listener) {
            @Override
            public void instanceSettled(String instanceId, String status, boolean error) {
                followers.remove(instanceId);
                super.instanceSettled(instanceId, status, error);
            }

            @Override
            public void instanceGone(String instanceId) {
                followers.remove(instanceId);
                super.instanceGone(instanceId);
            }
        };
        InstanceFollower follower = new InstanceFollower(client, executor, schedule, ctx, target, kind, untrack);
        followers.put(target.id(), follower);
        follower.start();
    }

    /** An Activity entry for the change that ends with the follow, not with the request. */
    private ActionListener tracked(WorkspaceContext ctx, InstanceActionKind kind, InstanceTarget target,
                                   ActionListener listener) {
        String label = label(kind);
        TrackedWork entry = executor.track(label, target.name());
        entry.progress(-1, "accepted; waiting for " + target.name() + " to settle");
        // Cancel stops following, not the change: the service carries on, and the inventory's own
        // polling of servers in transition still brings the row to where it ends.
        entry.onCancel(() -> Optional.ofNullable(followers.remove(target.id())).ifPresent(InstanceFollower::stopWatching));
        Optional<TransitionHistory.Kind> timed = timedAs(kind);
        timed.ifPresent(k -> transitions.begin(ctx.crn().location(), k, target.id(), target.name()));
        return new ForwardingListener(listener) {
            @Override
            public void instanceUpdated(PvmInstance instance) {
                String status = instance.status() == null ? "" : instance.status();
                // "BUILD · BUILD running 14 min; usually 12 min here (8 runs)": elapsed and estimate in the entry
                entry.progress(-1, transitions.assess(target.id()).map(a -> status + " · " + a.describe())
                        .orElse(status));
                super.instanceUpdated(instance);
                transitions.touched(target.id());
            }

            @Override
            public void instanceSettled(String instanceId, String status, boolean error) {
                if (timed.isPresent()) {
                    if (error) {
                        transitions.failed(target.id());
                    } else {
                        transitions.succeeded(target.id());
                    }
                }
                if (error) {
                    settled.failed(ctx, target.id(), target.name() + " went to ERROR");
                } else {
                    settled.finished(ctx, target.id());
                }
                if (error) {
                    entry.failed(new Problem(label, 0, target.name() + " went to ERROR",
                            "Open the server's details: its fault says why. Explain and the Events page have more.",
                            "", "", false));
                } else {
                    entry.succeeded();
                }
                super.instanceSettled(instanceId, status, error);
            }

            @Override
            public void instanceStillChanging(String instanceId, String lastStatus) {
                transitions.abandoned(target.id());
                entry.failed(new Problem(label, 0, target.name() + " had not settled when the console stopped waiting",
                        "The service accepted the change and may still finish it: refresh to see where it stands "
                                + "before trying again.", "", "", true));
                super.instanceStillChanging(instanceId, lastStatus);
            }

            @Override
            public void instanceGone(String instanceId) {
                transitions.abandoned(target.id());
                if (kind == InstanceActionKind.DELETE) {
                    settled.finished(ctx, target.id());
                    entry.succeeded();
                } else {
                    entry.failed(new Problem(label, 404, target.name() + " no longer exists",
                            "Refresh: the server was deleted meanwhile.", "", "", false));
                }
                super.instanceGone(instanceId);
            }
        };
    }

    /** The changes whose duration the console learns: the others are either instant or not a transition. */
    private static Optional<TransitionHistory.Kind> timedAs(InstanceActionKind kind) {
        return Optional.ofNullable(switch (kind) {
            case CREATE -> TransitionHistory.Kind.BUILD;
            case START -> TransitionHistory.Kind.START;
            case STOP, IMMEDIATE_SHUTDOWN -> TransitionHistory.Kind.STOP;
            case RESIZE -> TransitionHistory.Kind.RESIZE;
            default -> null;
        });
    }

    private static String label(InstanceActionKind kind) {
        String words = kind.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<InstanceResult> ordered(List<InstanceResult> results, List<InstanceTarget> targets) {
        List<InstanceResult> sorted = new ArrayList<>(results);
        sorted.sort(java.util.Comparator.comparingInt(r -> targets.indexOf(r.target())));
        return sorted;
    }
}
