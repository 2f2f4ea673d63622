package com.pvsconsole.service.inventory.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class InventoryCacheTest {

    private static final String ACCOUNT = "a1b2c3d4e5f6account";
    private static final Instant NOW = Instant.parse("2026-11-30T14:02:00.123456789Z");
    private static final ObjectMapper API_JSON = JsonMapper.create();

    @TempDir
    Path folder;
    private InventoryCache cache;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(InventoryCache.class);

    @BeforeEach
    void setUp() {
        cache = new InventoryCache(folder.resolve("cache"), Clock.fixed(NOW, ZoneOffset.UTC));
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(log);
    }

    @Test
    void should_load_exactly_what_was_saved_from_the_simulator() {
        // given every workspace of the demo, read over HTTP, including an ERROR server with its fault
        List<CachedWorkspace> workspaces;
        try (SimulatedFleet sim = new SimulatedFleet(0)) {
            workspaces = sim.load();
        }
        assertThat(workspaces.stream().flatMap(w -> w.instances().stream()).map(PvmInstanceReference::fault))
                .anySatisfy(fault -> assertThat(fault).isNotNull());
        CachedFleet fleet = cache.snapshot(ACCOUNT, workspaces);

        // when
        cache.save(fleet);
        CachedFleet loaded = cache.load(ACCOUNT).orElseThrow();

        // then
        assertThat(loaded).isEqualTo(fleet);
        assertThat(loaded.savedAt()).isEqualTo(NOW);
        assertThat(loaded.workspaces().get(0).regionEndpoint().region()).isEqualTo(workspaces.get(0).region());
        assertThat(log.list).isEmpty();
    }

    @Test
    void should_keep_nulls_and_empty_lists_and_ignore_fields_it_does_not_know() throws IOException {
        // given a workspace with absent fields and empty lists, written with an extra field
        Workspace bare = API_JSON.readValue("{\"id\":\"ws-1\",\"name\":\"bare\"}", Workspace.class);
        CachedFleet fleet = CachedFleet.of(ACCOUNT, NOW,
                List.of(new CachedWorkspace("dal10", EndpointType.PRIVATE, bare, null, List.of(), null, NOW)));
        cache.save(fleet);
        String json = read(cache.fileFor(ACCOUNT)).replace("\"name\":\"bare\"", "\"name\":\"bare\",\"addedLater\":1");
        write(cache.fileFor(ACCOUNT), json);

        // when
        CachedFleet loaded = cache.load(ACCOUNT).orElseThrow();

        // then
        assertThat(json).doesNotContain("null");
        assertThat(loaded).isEqualTo(fleet);
        assertThat(loaded.workspaces().get(0).instances()).isEmpty();
        assertThat(loaded.workspaces().get(0).regionEndpoint().type()).isEqualTo(EndpointType.PRIVATE);
    }

    @Test
    void should_discard_a_damaged_file_with_one_line_that_quotes_nothing() throws IOException {
        // given a file cut in the middle of its JSON
        cache.save(smallFleet(ACCOUNT, NOW));
        String json = read(cache.fileFor(ACCOUNT));
        write(cache.fileFor(ACCOUNT), json.substring(0, json.length() / 2));

        // when / then
        assertThat(cache.load(ACCOUNT)).isEmpty();
        assertThat(cache.fileFor(ACCOUNT)).doesNotExist();
        assertThat(log.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                .contains("damaged").doesNotContain(ACCOUNT).doesNotContain("server-one"));
    }

    @Test
    void should_discard_a_file_that_is_not_even_gzip() throws IOException {
        Files.createDirectories(cache.fileFor(ACCOUNT).getParent());
        Files.writeString(cache.fileFor(ACCOUNT), "{\"formatVersion\":1}");

        assertThat(cache.load(ACCOUNT)).isEmpty();
        assertThat(cache.fileFor(ACCOUNT)).doesNotExist();
        assertThat(log.list).hasSize(1);
    }

    @Test
    void should_discard_a_file_of_an_older_format_version() throws IOException {
        // given the current file rewritten as version 0 (same shape, so only the version tells)
        cache.save(smallFleet(ACCOUNT, NOW));
        String json = read(cache.fileFor(ACCOUNT));
        assertThat(json).startsWith("{\"formatVersion\":" + InventoryCache.FORMAT_VERSION + ",");
        write(cache.fileFor(ACCOUNT), json.replaceFirst("\"formatVersion\":\\d+", "\"formatVersion\":0"));

        // when / then
        assertThat(cache.load(ACCOUNT)).isEmpty();
        assertThat(cache.fileFor(ACCOUNT)).doesNotExist();
        assertThat(log.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                .contains("format version 0"));
    }

    @Test
    void should_discard_a_file_from_before_versioning() throws IOException {
        cache.save(smallFleet(ACCOUNT, NOW));
        write(cache.fileFor(ACCOUNT), read(cache.fileFor(ACCOUNT)).replaceFirst("\"formatVersion\":\\d+,", ""));

        assertThat(cache.load(ACCOUNT)).isEmpty();
        assertThat(log.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                .contains("format version 0"));
    }

    @Test
    void should_discard_another_accounts_file_found_under_this_accounts_name() throws IOException {
        // given account B's file copied to where account A's belongs
        cache.save(smallFleet("other-account", NOW));
        Files.createDirectories(cache.fileFor(ACCOUNT).getParent());
        Files.copy(cache.fileFor("other-account"), cache.fileFor(ACCOUNT));

        // when / then
        assertThat(cache.load(ACCOUNT)).isEmpty();
        assertThat(cache.fileFor(ACCOUNT)).doesNotExist();
        assertThat(cache.load("other-account")).isPresent();
        assertThat(log.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                .contains("another account").doesNotContain("other-account"));
    }

    @Test
    void should_name_the_file_from_a_hash_and_keep_accounts_apart() {
        cache.save(smallFleet(ACCOUNT, NOW));
        cache.save(smallFleet("second", NOW));

        assertThat(cache.fileFor(ACCOUNT).getFileName().toString()).doesNotContain(ACCOUNT)
                .matches("inventory-[0-9a-f]{32}\\.json\\.gz");
        assertThat(cache.fileFor(ACCOUNT)).isNotEqualTo(cache.fileFor("second"));
        assertThat(cache.load("second").orElseThrow().accountId()).isEqualTo("second");
        assertThat(cache.load(ACCOUNT).orElseThrow().accountId()).isEqualTo(ACCOUNT);
    }

    @Test
    void should_return_nothing_quietly_when_there_is_no_file() {
        assertThat(cache.load(ACCOUNT)).isEmpty();
        assertThat(log.list).isEmpty();
    }

    @Test
    void should_write_a_file_only_its_owner_can_read() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");

        cache.save(smallFleet(ACCOUNT, NOW));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.fileFor(ACCOUNT))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.fileFor(ACCOUNT).getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void should_replace_the_file_whole_and_leave_no_temporary_file() throws IOException {
        // given an earlier snapshot on disk
        cache.save(smallFleet(ACCOUNT, NOW));

        // when a newer one replaces it
        CachedFleet newer = smallFleet(ACCOUNT, NOW.plusSeconds(60));
        cache.save(newer);

        // then one file, the newer content
        try (Stream<Path> files = Files.list(cache.fileFor(ACCOUNT).getParent())) {
            assertThat(files).containsExactly(cache.fileFor(ACCOUNT));
        }
        assertThat(cache.load(ACCOUNT)).contains(newer);
    }

    @Test
    void should_not_let_an_older_snapshot_that_finished_late_replace_a_newer_one() {
        CachedFleet newer = smallFleet(ACCOUNT, NOW.plusSeconds(30));
        cache.save(newer);

        cache.save(smallFleet(ACCOUNT, NOW));

        assertThat(cache.load(ACCOUNT)).contains(newer);
    }

    @Test
    void should_stay_readable_while_threads_save_and_load_at_once() throws Exception {
        // given four threads saving growing snapshots and one loading all the while
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        cache.save(smallFleet(ACCOUNT, NOW.plusMillis(i * 4L + thread)));
                    }
                }));
            }
            Future<Integer> reads = threads.submit(() -> {
                int seen = 0;
                for (int i = 0; i < 50; i++) {
                    seen += cache.load(ACCOUNT).isPresent() ? 1 : 0;
                }
                return seen;
            });
            for (Future<?> each : work) {
                each.get();
            }
            reads.get();
        } finally {
            threads.shutdown();
        }

        // then nothing was ever discarded and the newest snapshot won
        assertThat(log.list).isEmpty();
        assertThat(cache.load(ACCOUNT).orElseThrow().savedAt()).isEqualTo(NOW.plusMillis(24 * 4 + 3));
    }

    @Test
    void should_forget_an_account() {
        cache.save(smallFleet(ACCOUNT, NOW));

        cache.delete(ACCOUNT);

        assertThat(cache.fileFor(ACCOUNT)).doesNotExist();
        assertThat(cache.load(ACCOUNT)).isEmpty();
    }

    @Test
    void should_hand_what_was_read_ahead_to_the_first_taker_once_without_the_file() throws IOException {
        // given a saved inventory read ahead at start-up, then the file gone
        CachedFleet saved = smallFleet(ACCOUNT, NOW);
        cache.save(saved);
        cache.prefetch(ACCOUNT);
        Files.delete(cache.fileFor(ACCOUNT));

        // when the window asks for it, twice
        var first = cache.takeReadAhead(ACCOUNT);
        var second = cache.takeReadAhead(ACCOUNT);

        // then the first gets what was read (not re-read from disk), the second nothing
        assertThat(first).contains(saved);
        assertThat(second).isEmpty();
    }

    @Test
    void should_drop_what_was_read_ahead_when_a_newer_inventory_is_saved() {
        // given an inventory read ahead
        cache.save(smallFleet(ACCOUNT, NOW));
        cache.prefetch(ACCOUNT);

        // when a newer one is saved before anyone took it
        cache.save(smallFleet(ACCOUNT, NOW.plusSeconds(60)));

        // then nothing stale is handed out: the read-ahead is gone and a load reads the new file
        assertThat(cache.takeReadAhead(ACCOUNT)).isEmpty();
        assertThat(cache.load(ACCOUNT).orElseThrow().savedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void should_let_the_first_load_return_what_was_read_ahead_and_later_loads_read_the_file() throws IOException {
        // given an inventory read ahead, then the file replaced behind the cache's back
        cache.save(smallFleet(ACCOUNT, NOW));
        cache.prefetch(ACCOUNT);
        Files.delete(cache.fileFor(ACCOUNT));

        // when / then the first load is the read-ahead, the next one finds no file
        assertThat(cache.load(ACCOUNT)).isPresent();
        assertThat(cache.load(ACCOUNT)).isEmpty();
    }

    static CachedFleet smallFleet(String account, Instant at) {
        try {
            Workspace workspace = API_JSON.readValue(
                    "{\"id\":\"ws-1\",\"name\":\"prod-dallas\",\"status\":\"active\",\"capabilities\":{\"power-edge-router\":true}}",
                    Workspace.class);
            PvmInstanceReference server = API_JSON.readValue("{\"pvmInstanceID\":\"i-1\",\"serverName\":\"server-one\","
                    + "\"status\":\"ERROR\",\"memory\":4.0,\"fault\":{\"code\":500.0,\"message\":\"Host down\","
                    + "\"created\":\"2026-11-20T03:12:00Z\"}}", PvmInstanceReference.class);
            return CachedFleet.of(account, at, List.of(new CachedWorkspace("us-south", EndpointType.PUBLIC, workspace,
                    List.of(server), List.of(), List.of(), at)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path gzipped) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void write(Path gzipped, String json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        Path temp = Files.createTempFile(gzipped.getParent(), "edit", ".tmp");
        Files.write(temp, bytes.toByteArray());
        Files.move(temp, gzipped, StandardCopyOption.REPLACE_EXISTING);
    }
}
