package com.pvsconsole.service.journal;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstance;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether an unanswered request took effect, by looking rather than resending: a create is
 * found by listing by name, a power action by the server's state, a delete by the object being gone,
 * an attach by the server's volumes. The outcome goes into the journal as DONE, NOT_DONE or UNKNOWN.
 * If the check itself fails (offline again), the entry stays unsettled for the next start.
 */
public final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final PowerVsClient client;
    private final ActionJournal journal;

    public Reconciler(PowerVsClient client, ActionJournal journal) {
        this.client = Objects.requireNonNull(client, "client");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** Checks every unsettled entry (at start-up); returns the entries it settled. */
    public List<JournalEntry> reconcileAll(CancellationToken cancel) {
        return journal.unsettled().stream().map(e -> reconcile(e, cancel)).flatMap(Optional::stream).toList();
    }

    /** Checks one entry; empty when the check could not be made. */
    public Optional<JournalEntry> reconcile(JournalEntry entry, CancellationToken cancel) {
        try {
            Verdict verdict = check(entry, context(entry), cancel);
            return Optional.of(journal.reconciled(entry.id(), verdict.state(), verdict.note(), verdict.resultId()));
        } catch (PowerVsException e) {
            LOG.info("Journal entry {} ({}) could not be checked yet: {}", entry.id(), entry.action(), e.category());
            return Optional.empty();
        }
    }

    private record Verdict(JournalState state, String note, String resultId) {
        static Verdict of(boolean done, String note) {
            return new Verdict(done ? JournalState.DONE : JournalState.NOT_DONE, note, null);
        }
    }

    private static WorkspaceContext context(JournalEntry entry) {
        JournalTarget t = entry.target();
        return WorkspaceContext.of(t.region(), EndpointType.valueOf(t.endpointType()), Crn.parse(t.crn()));
    }

    private Verdict check(JournalEntry entry, WorkspaceContext ctx, CancellationToken cancel) {
        Map<String, String> body = entry.essentials();
        String id = entry.target().resourceId();
        String name = entry.target().resourceName();
        boolean create = entry.action().endsWith("-create") || entry.action().equals("image-import")
                || entry.action().equals("instance-capture");
        if ((create ? name : id) == null || (create ? name : id).isBlank()) {
            return new Verdict(JournalState.UNKNOWN, "nothing to look for", null);
        }
        switch (entry.action()) {
            case "instance-create":
                return created(client.listInstances(ctx, cancel).stream()
                        .filter(i -> Objects.equals(i.serverName(), name)).map(i -> i.pvmInstanceID()).findFirst());
            case "volume-create":
                return created(client.listVolumes(ctx, cancel).stream()
                        .filter(v -> Objects.equals(v.name(), name)).map(v -> v.volumeID()).findFirst());
            case "network-create":
                return created(client.listNetworks(ctx, cancel).stream()
                        .filter(n -> Objects.equals(n.name(), name)).map(n -> n.networkID()).findFirst());
            case "sshkey-create":
                return created(client.listSshKeys(ctx, cancel).stream()
                        .filter(k -> Objects.equals(k.name(), name)).map(k -> k.name()).findFirst());
            case "image-import":
                return created(client.listImages(ctx, cancel).stream()
                        .filter(i -> Objects.equals(i.name(), name)).map(i -> i.imageID()).findFirst());
            case "instance-capture":
                return created(client.listImages(ctx, cancel).stream()
                        .filter(i -> Objects.equals(i.name(), body.get("captureName"))).map(i -> i.imageID())
                        .findFirst());
            case "instance-start":
                return byStatus(ctx, id, cancel, List.of("ACTIVE"), List.of("SHUTOFF"));
            case "instance-stop":
            case "instance-immediate-shutdown":
                return byStatus(ctx, id, cancel, List.of("SHUTOFF", "STOPPING"), List.of("ACTIVE"));
            case "instance-resize":
                return resized(client.getInstance(ctx, id, cancel), body);
            case "instance-delete":
                return gone(() -> client.getInstance(ctx, id, cancel).status());
            case "volume-delete":
                return gone(() -> client.getVolume(ctx, id, cancel).state());
            case "network-delete":
                return gone(() -> {
                    client.getNetwork(ctx, id, cancel);
                    return "present";
                });
            case "image-delete":
                return gone(() -> client.getImage(ctx, id, cancel).state());
            case "sshkey-delete":
                return Verdict.of(client.listSshKeys(ctx, cancel).stream().noneMatch(k -> k.name().equals(id)),
                        "checked the account's keys");
            case "volume-attach":
            case "volume-detach": {
                boolean attached = client.listInstanceVolumes(ctx, instanceIdFromPath(body.get("path")), cancel)
                        .stream().anyMatch(v -> Objects.equals(v.volumeID(), id));
                boolean attach = entry.action().equals("volume-attach");
                return Verdict.of(attach == attached, "checked the server's volumes");
            }
            default:
                // Reboots and reset-state leave no trace in the server's state.
                return new Verdict(JournalState.UNKNOWN, "cannot be told from the server's state", null);
        }
    }

    private static Verdict created(Optional<String> found) {
        return found.map(id -> new Verdict(JournalState.DONE, "found by name", id))
                .orElse(new Verdict(JournalState.NOT_DONE, "not found by name", null));
    }

    private Verdict byStatus(WorkspaceContext ctx, String id, CancellationToken cancel, List<String> done,
            List<String> notDone) {
        String status = String.valueOf(client.getInstance(ctx, id, cancel).status()).toUpperCase(Locale.ROOT);
        if (done.contains(status) || notDone.contains(status)) {
            return Verdict.of(done.contains(status), "server is " + status);
        }
        return new Verdict(JournalState.UNKNOWN, "server is " + status, null);
    }

    private static Verdict resized(PvmInstance server, Map<String, String> body) {
        if ("RESIZE".equalsIgnoreCase(server.status()) || "VERIFY_RESIZE".equalsIgnoreCase(server.status())) {
            return Verdict.of(true, "server is resizing");
        }
        boolean same = matches(body.get("processors"), server.processors())
                && matches(body.get("memory"), server.memory())
                && (body.get("procType") == null || body.get("procType").equalsIgnoreCase(server.procType()));
        return Verdict.of(same, "compared the server's size");
    }

    private static boolean matches(String wanted, Double actual) {
        return wanted == null || actual != null && Double.parseDouble(wanted) == actual;
    }

    private static Verdict gone(Supplier<String> state) {
        try {
            String now = state.get();
            boolean deleting = now != null && now.toLowerCase(Locale.ROOT).startsWith("delet");
            return Verdict.of(deleting, deleting ? "being deleted" : "still there");
        } catch (PowerVsException e) {
            if (e.category() == ErrorCategory.NOT_FOUND) {
                return Verdict.of(true, "gone");
            }
            throw e;
        }
    }

    private static String instanceIdFromPath(String path) {
        String[] parts = path == null ? new String[0] : path.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].equals("pvm-instances")) {
                return parts[i + 1];
            }
        }
        throw new IllegalStateException("no server in journaled path");
    }
}
