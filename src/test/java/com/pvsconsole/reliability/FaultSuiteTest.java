package com.pvsconsole.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.HintCatalog;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.app.logging.ConsoleLogConfigurator;
import com.pvsconsole.app.logging.LogSetup;
import com.pvsconsole.service.actions.BulkResult;
import com.pvsconsole.service.actions.InstanceResult;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.problem.Problems;
import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.OperatingSystem;
import com.pvsconsole.testsupport.Eventually;
import com.pvsconsole.testsupport.SecretScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Every fault type of the README's "Reliability" table against the simulator over real HTTP, with the
 * production retry policy: GETs retried with backoff and successful once the fault passes; POST, PUT and DELETE
 * sent exactly once, counted at the simulator; each failure classified with its category and hint; the same
 * client recovering by itself once the fault is removed. The suite logs as the console does (HTTP trace on)
 * into a temporary PVS_CONSOLE_HOME, and the last test proves no key or token reached any file there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    /** What the production policy waits at least before its first retry (half of the 500 ms base). */
    private static final Duration SHORTEST_BACKOFF = Duration.ofMillis(250);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final int MAX_ATTEMPTS = 4;
    private static final String LIST_PATH = "/pvm-instances";
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final java.time.Instant SUITE_STARTED = java.time.Instant.now();
    private static final HintCatalog HINTS = HintCatalog.forDefaultLocale();

    @TempDir
    static Path home;
    private static AppDirectories dirs;
    private static LoggerContext logging;

    @BeforeAll
    static void logLikeTheConsole() throws Exception {
        dirs = AppDirectories.resolve(OperatingSystem.LINUX, Map.of(AppDirectories.HOME_ENV, home.toString()),
                home, null).createAll();
        logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.reset();
        logging.putProperty(LogSetup.LOG_DIR_PROPERTY, dirs.logs().toString());
        ConsoleLogConfigurator.apply(logging);
        new LogControl(logging).setHttpTrace(true);
        logging.getLogger("com.pvsconsole").setLevel(Level.DEBUG);
    }

    @AfterAll
    static void restoreTestLogging() throws Exception {
        logging.reset();
        new ContextInitializer(logging).autoConfig();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultCase.class)
    void should_retry_gets_with_backoff_and_succeed_when_the_fault_passes(FaultCase fault) {
        try (FaultRig rig = new FaultRig(fault.callTimeout(), SECRETS)) {
            // given the fault on the next read only (the 20% fault stays: it is transient by nature)
            int calls = fault.lasts() ? 5 : 30;
            rig.faultReads(fault, fault.lasts() ? 1 : -1);

            // when the console lists the instances a number of times
            for (int i = 0; i < calls; i++) {
                assertThat(rig.client().listInstances(rig.ctx(), CancellationToken.none())).isNotEmpty();
            }

            // then every list succeeded; the faulted ones were tried again after a real backoff
            long listed = rig.control().requests("GET", LIST_PATH);
            if (fault.reachesApi()) {
                assertThat(listed).as("GETs at the simulator, retries included").isGreaterThan(calls);
            } else {
                assertThat(listed).as("the failures never reached the API").isEqualTo(calls);
            }
            if (fault.where() == FaultCase.Where.IAM) {
                assertThat(rig.control().requests("POST", "/identity/token")).isEqualTo(2);
            }
            assertThat(rig.sleeper().waits()).isNotEmpty().allSatisfy(wait -> assertBackoff(fault, wait));
        }
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultCase.class)
    void should_give_up_on_a_lasting_fault_after_bounded_retries_with_its_category_and_hint(FaultCase fault) {
        assumeThat(fault.lasts()).as("a 20% fault does not last; see the retry test").isTrue();
        try (FaultRig rig = new FaultRig(fault.callTimeout(), SECRETS)) {
            // given the fault on every read
            rig.faultReads(fault, -1);

            // when the console lists the instances
            PowerVsException failure = catchThrowableOfType(PowerVsException.class,
                    () -> rig.client().listInstances(rig.ctx(), CancellationToken.none()));

            // then it failed, classified, after the bounded number of attempts with growing waits
            assertThat(failure).as("the list failed").isNotNull();
            assertThat(failure.category()).isEqualTo(fault.category());
            assertThat(failure.hintKey()).isEqualTo(fault.hintKey());
            if (fault.status() > 0) {
                assertThat(failure.status()).hasValue(fault.status());
            } else {
                assertThat(failure.status()).isEmpty();
            }
            assertClassified(Problems.describe("Load instances", failure), fault, fault.hintKey());
            assertThat(rig.control().requests("GET", LIST_PATH)).isEqualTo(fault.reachesApi() ? MAX_ATTEMPTS : 0);
            if (fault.where() == FaultCase.Where.IAM) {
                assertThat(rig.control().requests("POST", "/identity/token")).isEqualTo(MAX_ATTEMPTS);
            }
            List<Duration> waits = rig.sleeper().waits();
            assertThat(waits).hasSize(MAX_ATTEMPTS - 1).allSatisfy(wait -> assertBackoff(fault, wait));
            if (fault != FaultCase.RATE_LIMITED) {
                assertThat(waits).isSorted();
                assertThat(waits.get(waits.size() - 1)).isGreaterThan(waits.get(0));
            }
        }
    }

    @Order(3)
    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultCase.class)
    void should_send_every_change_exactly_once_and_classify_its_failure(FaultCase fault) throws Exception {
        try (FaultRig rig = new FaultRig(fault.callTimeout(), SECRETS)) {
            // given instances to stop, one to rename and a free volume to delete, and the fault on every change
            List<PvmInstanceReference> active = rig.activeInstances(3);
            assertThat(active).hasSize(3);
            List<PvmInstanceReference> toStop = active.subList(0, 2);
            PvmInstanceReference toRename = active.get(2);
            VolumeReference toDelete = rig.freeVolume();
            rig.control().resetRequests();
            rig.faultWrites(fault);

            // when the console stops two instances, renames one and deletes the volume
            BulkResult stopped = rig.stop(toStop);
            Optional<Problem> renamed = rig.rename(toRename);
            Optional<Problem> deleted = rig.delete(toDelete);

            // then each change reached the simulator at most once (never when IAM or DNS kept it home)
            long expectedSends = fault.reachesApi() ? 1 : 0;
            for (PvmInstanceReference instance : toStop) {
                assertThat(rig.control().requests("POST", instance.pvmInstanceID() + "/action"))
                        .as("POST action of %s", instance.serverName()).isEqualTo(expectedSends);
            }
            assertThat(rig.control().requests("PUT", LIST_PATH + "/" + toRename.pvmInstanceID()))
                    .as("PUT").isEqualTo(expectedSends);
            assertThat(rig.control().requests("DELETE", toDelete.volumeID())).as("DELETE").isEqualTo(expectedSends);
            // (with IAM down each of the 4 changes waited for a token, never for a resend)
            int tokenWaits = fault.where() == FaultCase.Where.IAM ? 4 * (MAX_ATTEMPTS - 1) : 0;
            assertThat(rig.sleeper().waits()).as("no change waited to be sent again").hasSize(tokenWaits);

            // and each failure is classified; a change whose answer is not read survives a spoilt body
            assertThat(stopped.results()).hasSize(2).allSatisfy(result -> {
                if (fault.spoilsBody() || (!fault.lasts() && result.outcome() == InstanceResult.Outcome.ACCEPTED)) {
                    assertThat(result.outcome()).isEqualTo(InstanceResult.Outcome.ACCEPTED);
                } else {
                    assertThat(result.outcome()).isEqualTo(InstanceResult.Outcome.FAILED);
                    assertClassified(result.problem(), fault, fault.writeHintKey());
                }
            });
            if (fault.lasts()) {
                assertThat(renamed).as("the rename reads its answer, so it fails").isPresent();
            }
            renamed.ifPresent(problem -> assertClassified(problem, fault, fault.writeHintKey()));
            if (fault.lasts() && !fault.spoilsBody()) {
                assertThat(deleted).as("the delete failed").isPresent();
            }
            deleted.ifPresent(problem -> assertClassified(problem, fault, fault.writeHintKey()));
        }
    }

    @Order(4)
    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultCase.class)
    void should_recover_by_itself_once_the_fault_is_removed(FaultCase fault) throws Exception {
        try (FaultRig rig = new FaultRig(fault.callTimeout(), SECRETS)) {
            // given the fault on reads and changes, and a first list that met it
            PvmInstanceReference instance = rig.activeInstances(1).get(0);
            rig.faultReads(fault, -1);
            rig.faultWrites(fault);
            PowerVsException failure = catchThrowableOfType(PowerVsException.class,
                    () -> rig.client().listInstances(rig.ctx(), CancellationToken.none()));
            if (fault.lasts()) {
                assertThat(failure).isNotNull();
            }

            // when the fault goes away
            rig.removeFaults();
            rig.control().resetRequests();
            rig.sleeper().clear();

            // then the same client, with nothing restarted, lists at the first attempt and carries out changes
            assertThat(rig.client().listInstances(rig.ctx(), CancellationToken.none())).isNotEmpty();
            assertThat(rig.control().requests("GET", LIST_PATH)).isEqualTo(1);
            assertThat(rig.stop(List.of(instance)).results()).extracting(InstanceResult::outcome)
                    .containsExactly(InstanceResult.Outcome.ACCEPTED);
            assertThat(rig.consoleUrl(instance)).contains("token=");
            assertThat(rig.sleeper().waits()).isEmpty();
        }
    }

    @Order(5)
    @Test
    void should_let_the_user_cancel_a_slow_body_at_once_with_production_timeouts() throws Exception {
        try (FaultRig rig = new FaultRig(Duration.ofSeconds(120), SECRETS)) {
            // given a 10 s body and the production call timeout, so only cancelling can end the call early
            rig.faultReads(FaultCase.SLOW_BODY, -1);
            CancellationToken cancel = new CancellationToken();
            CompletableFuture<List<PvmInstanceReference>> listing = CompletableFuture.supplyAsync(
                    () -> rig.client().listInstances(rig.ctx(), cancel));
            Eventually.until("the slow list to reach the simulator", Duration.ofSeconds(10),
                    () -> rig.control().requests("GET", LIST_PATH) == 1);

            // when the user cancels
            long cancelledAt = System.nanoTime();
            cancel.cancel();
            ExecutionException ended = catchThrowableOfType(ExecutionException.class,
                    () -> listing.get(5, TimeUnit.SECONDS));
            long tookMs = (System.nanoTime() - cancelledAt) / 1_000_000;

            // then the call ends within a second as cancelled, and is not retried
            assertThat(ended.getCause()).isInstanceOf(PowerVsException.class);
            assertThat(((PowerVsException) ended.getCause()).category()).isEqualTo(ErrorCategory.CANCELLED);
            assertThat(tookMs).isLessThan(1000);
            assertThat(rig.control().requests("GET", LIST_PATH)).isEqualTo(1);
            assertThat(rig.sleeper().waits()).isEmpty();
        }
    }

    @Order(6)
    @Test
    void should_leave_no_key_or_token_in_any_file_after_the_fault_suite() throws Exception {
        // given the suite above has run, logging with HTTP traces into the temporary PVS_CONSOLE_HOME, and one
        // more failed list and console URL (so the check holds something even when this test runs alone)
        try (FaultRig rig = new FaultRig(FaultCase.SUITE_CALL_TIMEOUT, SECRETS)) {
            rig.consoleUrl(rig.activeInstances(1).get(0));
            rig.faultReads(FaultCase.SERVER_ERROR_ALWAYS, -1);
            catchThrowableOfType(PowerVsException.class,
                    () -> rig.client().listInstances(rig.ctx(), CancellationToken.none()));
        }
        logging.stop();
        Path log = dirs.logs().resolve("pvs-console.log");

        // then the log exists and holds the suite's failures, but no key, token or console token anywhere
        assertThat(SECRETS).as("keys and tokens handed out").hasSizeGreaterThan(2);
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("-> 500").doesNotContain("Bearer ey");
        for (Path folder : List.of(dirs.config(), dirs.logs(), dirs.cache(), home)) {
            assertThat(SecretScanner.filesContaining(folder, SECRETS.toArray(String[]::new))).as(folder.toString())
                    .isEmpty();
        }
        // and none in what the suite left in the system temp folder
        assertThat(SecretScanner.tempFilesSinceContaining(SUITE_STARTED, SECRETS.toArray(String[]::new)))
                .as("temp files").isEmpty();
    }

    private static void assertBackoff(FaultCase fault, Duration wait) {
        if (fault == FaultCase.RATE_LIMITED) {
            assertThat(wait).as("the wait Retry-After asked for").isEqualTo(RETRY_AFTER);
        } else {
            assertThat(wait).as("a backoff, not a hammering").isGreaterThanOrEqualTo(SHORTEST_BACKOFF);
        }
    }

    /** The problem carries the fault's hint from the catalog (not the server's raw text) and its status. */
    private static void assertClassified(Problem problem, FaultCase fault, String hintKey) {
        assertThat(HINTS.contains(hintKey)).as("catalog entry " + hintKey).isTrue();
        assertThat(problem.title()).isEqualTo(HINTS.title(hintKey)).isNotBlank();
        assertThat(problem.hint()).isEqualTo(HINTS.hint(hintKey)).isNotBlank();
        if (fault.spoilsBody()) {
            assertThat(problem.status()).as("the spoilt answer's success status").isBetween(200, 299);
        } else {
            assertThat(problem.status()).isEqualTo(fault.status());
        }
        assertThat(problem.retryable()).isEqualTo(fault.category().isTransient());
    }
}
