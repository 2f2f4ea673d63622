package com.pvsconsole.service.explain;

import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceFault;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Explains why a server is in ERROR, in WARNING or slow: gathers the evidence (fault, health, events,
 * the console's last action, running jobs, quota headroom, pace) and maps the texts it found to a
 * cause and a next step through the {@link FaultCatalog}. A text the catalog does not know is shown
 * as it came, never replaced by a guess.
 */
public final class Explainer {

    /** Events shown as evidence, newest first. */
    static final int MAX_EVENTS = 5;
    private static final Set<String> FINISHED_JOB_STATES = Set.of("completed", "failed");

    private final FaultCatalog catalog;

    public Explainer(FaultCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public Explanation explain(ExplainRequest request) {
        PvmInstance server = request.instance();
        List<Evidence> evidence = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        PvmInstanceFault fault = server.fault();
        String rawFault = fault == null ? null : firstNonBlank(fault.message(), fault.details());
        if (fault != null && rawFault != null) {
            String code = fault.code() == null ? "" : " (code " + number(fault.code()) + ")";
            evidence.add(new Evidence(Evidence.Kind.FAULT, rawFault + code, fault.created()));
            texts.add(fault.message());
            texts.add(fault.details());
        }
        if (server.health() != null && server.health().status() != null) {
            String reason = server.health().reason();
            evidence.add(new Evidence(Evidence.Kind.HEALTH, "Health " + server.health().status()
                    + (reason == null || reason.isBlank() || reason.equals(rawFault) ? "" : ": " + reason),
                    server.health().lastUpdate()));
            texts.add(reason);
        }
        request.events().stream().sorted(Comparator.comparing(Explainer::eventTime).reversed()).limit(MAX_EVENTS)
                .forEach(e -> {
                    evidence.add(new Evidence(Evidence.Kind.EVENT, level(e) + e.message(), e.time()));
                    texts.add(e.message());
                });
        request.lastAction().ifPresent(a -> evidence.add(new Evidence(Evidence.Kind.LAST_ACTION,
                a.action() + (a.outcome().isBlank() ? "" : ": " + a.outcome()), a.at().toString())));
        List<Job> running = request.jobs().stream().filter(Explainer::running).toList();
        running.forEach(j -> {
            evidence.add(new Evidence(Evidence.Kind.JOB, jobText(j), j.createTimestamp()));
            texts.add(j.status() == null ? null : j.status().message());
        });
        request.quota().lines().forEach(l -> evidence.add(new Evidence(Evidence.Kind.QUOTA,
                l.resource() + ": " + number(l.used()) + " of " + number(l.limit()) + unit(l)
                        + (l.exhausted() ? " (none left)" : ", " + number(l.left()) + " left"), "")));
        request.pace().ifPresent(p -> evidence.add(new Evidence(Evidence.Kind.DURATION, p.describe(), "")));

        Map<String, String> values = placeholders(server, request.zone(), rawFault);
        Optional<FaultCatalog.Entry> entry = catalog.match(texts);
        if (entry.isPresent()) {
            return new Explanation(evidence, fill(entry.get().cause(), values), fill(entry.get().next(), values),
                    Optional.of(entry.get().id()));
        }
        return new Explanation(evidence, fallbackCause(server, rawFault, request),
                fallbackNext(server, request), Optional.empty());
    }

    private static String fallbackCause(PvmInstance server, String rawFault, ExplainRequest request) {
        if (rawFault != null) {
            return "The service reported: " + rawFault;
        }
        if (!request.quota().exhausted().isEmpty()) {
            return "The workspace has no " + request.quota().exhausted().get(0).resource() + " left.";
        }
        if (request.pace().filter(TransitionHistory.Assessment::slowerThanUsual).isPresent()) {
            return "This change is taking much longer than usual in this zone; the service gave no reason.";
        }
        if ("WARNING".equalsIgnoreCase(status(server)) || server.health() != null
                && "WARNING".equalsIgnoreCase(server.health().status())) {
            return "Health WARNING without a reason: often the management link (RMC) is not up yet; soon after a"
                    + " build this is normal.";
        }
        return "The service gave no reason for the state " + status(server) + ".";
    }

    private static String fallbackNext(PvmInstance server, ExplainRequest request) {
        if ("ERROR".equalsIgnoreCase(status(server))) {
            return "Look at the events above. Reset state brings a server that still runs back to ACTIVE; if it"
                    + " does not help, open a support case and quote the fault text.";
        }
        return "Wait a little and refresh; if nothing changes, look at the events and open a support case.";
    }

    private static Map<String, String> placeholders(PvmInstance s, String zone, String rawFault) {
        return Map.of("{name}", orDash(s.serverName()), "{zone}", zone.isBlank() ? "this zone" : zone,
                "{sysType}", orDash(s.sysType()), "{procType}", orDash(s.procType()),
                "{processors}", s.processors() == null ? "?" : number(s.processors()),
                "{memory}", s.memory() == null ? "?" : number(s.memory()),
                "{status}", status(s), "{fault}", rawFault == null ? "no fault text" : rawFault);
    }

    private static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace(v.getKey(), v.getValue());
        }
        return out;
    }

    private static boolean running(Job job) {
        String state = job.status() == null || job.status().state() == null ? ""
                : job.status().state().toLowerCase(Locale.ROOT);
        return !FINISHED_JOB_STATES.contains(state);
    }

    private static String jobText(Job job) {
        String operation = job.operation() == null ? "job" : orDash(job.operation().action());
        String state = job.status() == null ? "" : " " + orDash(job.status().state());
        String progress = job.status() == null || job.status().progress() == null ? ""
                : " (" + job.status().progress() + ")";
        return "Running job: " + operation + state + progress;
    }

    private static String level(Event e) {
        return e.level() == null || e.level().isBlank() ? "" : e.level().toUpperCase(Locale.ROOT) + ": ";
    }

    private static long eventTime(Event e) {
        return e.timestamp() == null ? 0 : e.timestamp();
    }

    private static String unit(QuotaHeadroom.Line l) {
        return l.unit().isEmpty() ? "" : " " + l.unit();
    }

    private static String status(PvmInstance s) {
        return s.status() == null ? "unknown" : s.status().toUpperCase(Locale.ROOT);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "?" : s;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
