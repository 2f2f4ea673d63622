package com.pvsconsole.testsupport;

import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.ui.shell.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.scene.Node;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The set-up most window tests share, as a JUnit extension: one simulator over real HTTP per test
 * class, and per test a fresh console on it ({@link ConsoleFixture#openOn}, in a home folder of its
 * own) showing one page; after each test its dialogs are closed, the faults it added to the simulator
 * cleared, the console closed and the home deleted.
 * Register it on a static field, after TestFX's {@code ApplicationExtension} (class-level
 * {@code @ExtendWith} runs first, so the primary stage exists when a test opens):
 * <pre>{@code
 * @ExtendWith(ApplicationExtension.class)
 * class MyWindowTest {
 *     @RegisterExtension
 *     static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES);
 *
 *     @Test void should_...(FxRobot robot) { window.console().services()...; }
 * }
 * }</pre>
 * Tests that need a simulator per test, an offer of their own or a start-up case use
 * {@link ConsoleFixture} directly.
 */
public final class SimulatedConsole implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final Page firstPage;
    private final double simTimeScale;
    private final UnaryOperator<ConsoleFixture> beforeOpening;
    private PowerVsSimulator sim;
    private SimControl control;
    private Path home;
    private ConsoleFixture console;

    private SimulatedConsole(Page firstPage, double simTimeScale, UnaryOperator<ConsoleFixture> beforeOpening) {
        this.firstPage = Objects.requireNonNull(firstPage, "firstPage");
        this.simTimeScale = simTimeScale;
        this.beforeOpening = Objects.requireNonNull(beforeOpening, "beforeOpening");
    }

    /** Each test starts on this page of a console opened on the class's simulator (at 1/20 of real time). */
    public static SimulatedConsole showing(Page page) {
        return new SimulatedConsole(page, 0.05, UnaryOperator.identity());
    }

    /** The same, with the simulator's clock at this fraction of real time. */
    public static SimulatedConsole showing(Page page, double simTimeScale) {
        return new SimulatedConsole(page, simTimeScale, UnaryOperator.identity());
    }

    /**
     * The same, with the fixture set up before each console opens (its window size, refresh
     * interval, browser: see {@link ConsoleFixture#windowSize} and its neighbours).
     */
    public SimulatedConsole configured(UnaryOperator<ConsoleFixture> setUp) {
        return new SimulatedConsole(firstPage, simTimeScale, setUp);
    }

    /** The console of the running test. */
    public ConsoleFixture console() {
        if (console == null) {
            throw new IllegalStateException("no console outside a test");
        }
        return console;
    }

    /** The class's simulator (faults, request counts, its clock). */
    public PowerVsSimulator sim() {
        return sim;
    }

    /** The simulator's faults and request counts; faults added by a test are cleared after it. */
    public SimControl control() {
        return control;
    }

    /** Waits until a node matching the CSS query is showing. */
    public static void waitForVisible(FxRobot robot, String query) throws TimeoutException {
        ConsoleFixture.waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sim = ConsoleFixture.startSimulator(simTimeScale);
        control = new SimControl(sim.baseUrl());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("pvs-window-test");
        console = beforeOpening.apply(new ConsoleFixture(home, FxToolkit.registerPrimaryStage(), new FxRobot()))
                .openOn(sim);
        console.show(firstPage);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (console != null) {
                console.closeOtherWindows();
                control.clearFaults();
                console.close();
            }
        } finally {
            console = null;
            deleteTree(home);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sim != null) {
            sim.close();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
