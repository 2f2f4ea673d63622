package com.pvsconsole.service.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.settings.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's record of every mutating request, in JSON lines ({@value #FILE_NAME}) in the state
 * folder. Each change of an entry is a new line, forced to disk before the request goes out, so a
 * crash never loses the fact that something was sent; the last line of an id wins. A damaged or cut
 * line is skipped and logged. Past {@code maxBytes} the file is compacted (the newest entries and
 * every unsettled one are kept) and the previous file is kept once as {@value #OLD_FILE_NAME}.
 */
public final class ActionJournal {

    public static final String FILE_NAME = "action-journal.jsonl";
    public static final String OLD_FILE_NAME = "action-journal.1.jsonl";
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    static final int KEPT_ON_COMPACTION = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ActionJournal.class);

    private final Path folder;
    private final Path file;
    private final Clock clock;
    private final long maxBytes;
    private final int keptOnCompaction;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final JournalDescriber describer = new JournalDescriber();
    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();
    private final Instant openedAt;
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();
    private int skippedLines;

    private ActionJournal(Path folder, Clock clock, long maxBytes, int keptOnCompaction) {
        this.keptOnCompaction = keptOnCompaction;
        this.folder = folder;
        this.file = folder == null ? null : folder.resolve(FILE_NAME);
        this.clock = clock;
        this.openedAt = clock.instant();
        this.maxBytes = maxBytes;
    }

    /** Opens (or starts) the journal in {@code folder}; damaged lines are skipped, never fatal. */
    public static ActionJournal open(Path folder, Clock clock, long maxBytes) {
        return open(folder, clock, maxBytes, KEPT_ON_COMPACTION);
    }

    static ActionJournal open(Path folder, Clock clock, long maxBytes, int keptOnCompaction) {
        ActionJournal journal = new ActionJournal(folder, clock, maxBytes, keptOnCompaction);
        journal.load();
        return journal;
    }

    public static ActionJournal open(Path folder) {
        return open(folder, Clock.systemUTC(), DEFAULT_MAX_BYTES);
    }

    /** A journal kept in memory only: for a console run without a state folder (tests, a bare window). */
    public static ActionJournal inMemory(Clock clock) {
        return new ActionJournal(null, clock, Long.MAX_VALUE, KEPT_ON_COMPACTION);
    }

    /** Records the action as PENDING, on disk, before the caller sends it. */
    public synchronized JournalEntry begin(String account, CodeTarget target, CodeAction action) {
        JournalEntry entry = new JournalEntry(UUID.randomUUID().toString(), account, action.kind(),
                describer.target(target, action), describer.essentials(target, action), JournalState.PENDING, null,
                null, clock.instant(), clock.instant(), describer.body(target, action));
        return write(entry);
    }

    /**
     * Records a request as PENDING, on disk, before the caller sends it: the generic form the client's
     * {@link JournalingObserver} uses for every mutating request. {@code essentials} and {@code body} must
     * already be free of secrets ({@link RequestDescriber} makes them).
     */
    public synchronized JournalEntry begin(String account, String action, JournalTarget target,
            Map<String, String> essentials, com.fasterxml.jackson.databind.JsonNode body) {
        JournalEntry entry = new JournalEntry(UUID.randomUUID().toString(), account, action, target, essentials,
                JournalState.PENDING, null, null, clock.instant(), clock.instant(), body);
        return write(entry);
    }

    /** When this journal was opened: entries older than this and still unsettled were left by an earlier run. */
    public Instant openedAt() {
        return openedAt;
    }

    /** Unsettled entries of {@code account} written before this run (a crash or a quit before the answer). */
    public synchronized List<JournalEntry> leftUnsettled(String account) {
        return unsettled().stream().filter(e -> Objects.equals(e.account(), account))
                .filter(e -> e.createdAt().isBefore(openedAt)).toList();
    }

    /** {@code listener} hears every written entry, on the writing thread (hop to the UI thread yourself). */
    public void addListener(Consumer<JournalEntry> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<JournalEntry> listener) {
        listeners.remove(listener);
    }

    public synchronized JournalEntry accepted(String id, String resultId) {
        return update(id, JournalState.ACCEPTED, null, resultId);
    }

    public synchronized JournalEntry finished(String id) {
        return update(id, JournalState.FINISHED, null, null);
    }

    /** {@code problem} is the words the user saw (a Problem's title and hint), never a stack trace. */
    public synchronized JournalEntry failed(String id, String problem) {
        return update(id, JournalState.FAILED, problem, null);
    }

    public synchronized JournalEntry answerLost(String id, String why) {
        return update(id, JournalState.ANSWER_LOST, why, null);
    }

    /** The result of checking an entry whose answer was lost (or that was never answered). */
    public synchronized JournalEntry reconciled(String id, JournalState outcome, String note, String resultId) {
        if (outcome != JournalState.DONE && outcome != JournalState.NOT_DONE && outcome != JournalState.UNKNOWN) {
            throw new IllegalArgumentException("not a reconciliation outcome: " + outcome);
        }
        return update(id, outcome, note, resultId);
    }

    public synchronized Optional<JournalEntry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every entry, newest first. */
    public synchronized List<JournalEntry> entries() {
        List<JournalEntry> all = new ArrayList<>(entries.values());
        all.sort(Comparator.comparing(JournalEntry::createdAt).reversed());
        return all;
    }

    /** Entries whose fate is not known: sent (or about to be) with no answer. */
    public synchronized List<JournalEntry> unsettled() {
        return entries().stream().filter(e -> !e.state().settled()).toList();
    }

    /** Entries whose text contains every word of {@code query} (case-insensitive). */
    public List<JournalEntry> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return entries().stream().filter(e -> {
            String text = e.searchText().toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!w.isEmpty() && !text.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** Lines skipped as damaged when the journal was opened. */
    public synchronized int skippedLines() {
        return skippedLines;
    }

    private JournalEntry update(String id, JournalState state, String problem, String resultId) {
        JournalEntry current = entries.get(id);
        if (current == null) {
            throw new IllegalArgumentException("no journal entry " + id);
        }
        return write(current.with(state, problem, resultId, clock.instant()));
    }

    private JournalEntry write(JournalEntry entry) {
        if (file == null) {
            entries.put(entry.id(), entry);
            announce(entry);
            return entry;
        }
        try {
            createFolder();
            if (Files.exists(file) && Files.size(file) > maxBytes) {
                compact();
            }
            append(file, (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
            entries.put(entry.id(), entry);
            announce(entry);
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the action journal", e);
        }
    }

    private void announce(JournalEntry entry) {
        for (Consumer<JournalEntry> listener : listeners) {
            try {
                listener.accept(entry);
            } catch (RuntimeException e) {
                LOG.warn("Action journal listener failed ({})", e.getClass().getSimpleName());
            }
        }
    }

    private void append(Path target, byte[] line) throws IOException {
        boolean created = !Files.exists(target);
        if (created && posix()) {
            Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer last = ByteBuffer.allocate(1);
            if (size > 0 && channel.read(last, size - 1) == 1 && last.get(0) != '\n') {
                // A cut last line (a crash mid-write) must not swallow the next entry.
                line = concat(new byte[] {'\n'}, line);
            }
            channel.position(size);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // On disk before the request leaves: a crash right after still leaves the PENDING line.
            channel.force(false);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Keeps the newest entries and every unsettled one in a fresh file; the old file is kept once. */
    private void compact() throws IOException {
        List<JournalEntry> newest = entries();
        List<JournalEntry> kept = new ArrayList<>(newest.subList(0, Math.min(keptOnCompaction, newest.size())));
        newest.stream().skip(keptOnCompaction).filter(e -> !e.state().settled()).forEach(kept::add);
        kept.sort(Comparator.comparing(JournalEntry::createdAt));
        StringBuilder text = new StringBuilder();
        for (JournalEntry e : kept) {
            text.append(json.writeValueAsString(e)).append('\n');
        }
        Files.move(file, folder.resolve(OLD_FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        entries.keySet().retainAll(kept.stream().map(JournalEntry::id).toList());
        LOG.info("Action journal compacted: {} entries kept", kept.size());
    }

    private void load() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Unreadable as a whole (e.g. invalid UTF-8 from a cut write): fall back to a lenient read.
            lines = lenientLines();
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                JournalEntry entry = json.readValue(line, JournalEntry.class);
                entries.put(entry.id(), entry);
            } catch (IOException | RuntimeException e) {
                skippedLines++;
                // The line number only: the content is the user's data and may be anything.
                LOG.warn("Action journal {}: line {} is damaged and was skipped ({})", file, i + 1,
                        e.getClass().getSimpleName());
            }
        }
    }

    private List<String> lenientLines() {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            LOG.warn("Action journal {} cannot be read ({}); starting empty", file, e.getClass().getSimpleName());
            return List.of();
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private boolean posix() {
        return folder.getFileSystem() == FileSystems.getDefault()
                && FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
