package com.pvsconsole.testsupport;

import ch.qos.logback.classic.LoggerContext;
import com.pvsconsole.app.ConsoleContext;
import com.pvsconsole.app.ConsoleServices;
import com.pvsconsole.app.ConsoleWindow;
import com.pvsconsole.app.ServiceSettings;
import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.service.accounts.KeychainBackend;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.service.accounts.StartupLoader;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.OperatingSystem;
import com.pvsconsole.service.settings.Settings;
import com.pvsconsole.service.settings.WindowGeometry;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.ui.shell.Page;
import com.pvsconsole.ui.shell.ShellViewModel;
import com.pvsconsole.ui.help.FolderOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way a window test starts the console: the production wiring ({@code StartupLoader},
 * {@link ConsoleContext}, {@code ConsoleSession}, {@link ConsoleWindow}) on a TestFX stage under
 * headless Monocle, with every folder below one test folder (as {@code PVS_CONSOLE_HOME} would put
 * them) and, usually, a simulator over real HTTP acting as IAM and Power VS for a real-shaped key.
 *
 * <p>One simulator per class and a fresh console per test, the common case, is
 * {@link SimulatedConsole} (a JUnit extension). What it does, spelled out, for tests that vary it:
 * <pre>{@code
 * @ExtendWith(ApplicationExtension.class)
 * class MyWindowTest {
 *     static PowerVsSimulator sim;
 *     @TempDir Path home;
 *     ConsoleFixture console;
 *
 *     @BeforeAll static void startSimulator() { sim = ConsoleFixture.startSimulator(); }
 *     @AfterAll static void stopSimulator() { sim.close(); }
 *
 *     @Start void start(Stage stage) { this.stage = stage; }
 *     @BeforeEach void open(FxRobot robot) throws Exception {
 *         console = new ConsoleFixture(home, stage, robot).openOn(sim);   // waits for the first workspace
 *         console.show(Page.INSTANCES);
 *     }
 *     @AfterEach void close() { console.close(); }
 * }
 * }</pre>
 * {@link #windowSize}, {@link #refreshEverySeconds}, {@link #browser} and {@link #dark} are set before opening.
 * For start-up cases (keychains, saved accounts, environment overrides) use {@link #load} and
 * {@link #open(StartupState)} directly. Faults and server-side request counts go through
 * {@link SimControl} on {@code sim.baseUrl()}; the simulator's clock moves with {@code sim.tick()}.
 */
public final class ConsoleFixture implements AutoCloseable {

    /** Seconds a window test waits for a condition before failing. */
    public static final int TIMEOUT_S = 20;
    /** A real-shaped (not demo) key the fixture's simulators accept. */
    public static final String API_KEY = "Qv8nT2realKeyShapeNotDemo0";
    /** Fast polling so follow-until-settled finishes within a test (the simulator runs at 1/20 time). */
    public static final ServiceSettings TUNABLES = new ServiceSettings(4, Duration.ZERO, Duration.ofMillis(150),
            Duration.ofSeconds(30));
    /** Quiet by default: auto-refresh would add requests a test did not ask for. */
    private static final int QUIET_REFRESH_SECONDS = 3600;

    public final AppDirectories dirs;
    public final LogControl logs;
    public final List<Path> openedFolders = new ArrayList<>();
    public final List<String> openedUrls = new ArrayList<>();
    private final Stage stage;
    private final FxRobot robot;
    private ConsoleContext context;
    private WindowGeometry geometry;
    private Integer refreshSeconds;
    private boolean dark;
    private Consumer<String> browser = openedUrls::add;

    public ConsoleFixture(Path home, Stage stage, FxRobot robot) throws Exception {
        this.dirs = AppDirectories.resolve(OperatingSystem.LINUX, Map.of(), home, home.toString()).createAll();
        this.logs = new LogControl((LoggerContext) LoggerFactory.getILoggerFactory());
        this.stage = stage;
        this.robot = robot;
    }

    /** A simulator at 1/20 of real time that accepts {@link #API_KEY}. */
    public static PowerVsSimulator startSimulator() {
        return startSimulator(0.05);
    }

    public static PowerVsSimulator startSimulator(double timeScale) {
        return PowerVsSimulator.builder().port(0).timeScale(timeScale).apiKey(API_KEY).start();
    }

    /** The window's size when it opens (default 1280x800). */
    public ConsoleFixture windowSize(double width, double height) {
        this.geometry = new WindowGeometry(0, 0, width, height, false);
        return this;
    }

    /** Auto-refresh every {@code seconds} (5..3600; {@link #openOn}'s default is hourly, i.e. off for a test). */
    public ConsoleFixture refreshEverySeconds(int seconds) {
        this.refreshSeconds = seconds;
        return this;
    }

    /** What opening a URL in the system browser does (default: records it in {@link #openedUrls}). */
    public ConsoleFixture browser(Consumer<String> browser) {
        this.browser = browser;
        return this;
    }

    public ConsoleFixture dark() {
        this.dark = true;
        return this;
    }

    /** A keychain factory whose probe fails, as on headless Linux. */
    public static SecretStoreFactory noKeychain() {
        return new SecretStoreFactory(() -> {
            throw new IllegalStateException("no D-Bus session");
        });
    }

    public static SecretStoreFactory keychain(KeychainBackend backend) {
        return new SecretStoreFactory(() -> backend);
    }

    /** The environment that opens the console on {@code sim} for {@link #API_KEY}. */
    public static Map<String, String> environmentFor(PowerVsSimulator sim) {
        return Map.of(StartupConfigResolver.API_KEY_ENV, API_KEY,
                StartupConfigResolver.IAM_URL_ENV, sim.iamUrl(),
                StartupConfigResolver.API_URL_ENV, sim.regionUrlTemplate());
    }

    /** Loads start-up state off the FX thread, as ConsoleApplication.init does. */
    public StartupState load(Map<String, String> env, List<String> args, SecretStoreFactory keys) {
        StartupState state = new StartupLoader(dirs, new StartupConfigResolver(env), keys, logs, Clock.systemUTC())
                .load(args);
        Settings settings = state.settings();
        if (refreshSeconds != null) {
            settings = settings.withRefreshIntervalSeconds(refreshSeconds);
        }
        if (geometry != null) {
            settings = settings.withWindowGeometry(geometry);
        }
        return state.withSettings(settings);
    }

    /** Wires the console on the stage and opens it, as ConsoleApplication.start does. */
    public ConsoleContext open(StartupState state) {
        FolderOpener folders = openedFolders::add;
        robot.interact(() -> {
            context = new ConsoleContext(state, logs, new ConsoleContext.Host(stage, folders, browser,
                    Platform::runLater, Clock.systemUTC(), 0.05, dark, "test", TUNABLES));
            context.open();
        });
        return context;
    }

    /**
     * Opens the console on {@code sim} with the key from {@code PVS_CONSOLE_API_KEY} (no keychain)
     * and waits until its home region's first workspace is selected. The simulator has several
     * workspaces, so the console moves to All servers; {@link #show(Page)} goes elsewhere.
     */
    public ConsoleFixture openOn(PowerVsSimulator sim) throws TimeoutException {
        if (refreshSeconds == null) {
            refreshSeconds = QUIET_REFRESH_SECONDS;
        }
        open(load(environmentFor(sim), List.of(), noKeychain()));
        waitUntil(() -> window() != null && shell().workspaceProperty().get() != null);
        return this;
    }

    public ConsoleContext context() {
        return context;
    }

    /** The current account's window (null until the first account is open). */
    public ConsoleWindow window() {
        return context == null ? null : context.session().windowProperty().get();
    }

    public ShellViewModel shell() {
        return window().shell();
    }

    /** The current account's services (its activity log, inventory, executor). */
    public ConsoleServices services() {
        return context.session().services();
    }

    /** Shows a page as a click in the navigation would. */
    public void show(Page page) {
        robot.interact(() -> shell().pageProperty().set(page));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public Stage stage() {
        return stage;
    }

    /** Closes every window the test left open (dialogs, the wizard) but the console's own stage. */
    public void closeOtherWindows() {
        robot.interact(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != stage && w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }

    /** Closes the console as the app's stop() does (loads cancelled, settings flushed). Idempotent. */
    @Override
    public void close() {
        if (context != null) {
            ConsoleContext closing = context;
            context = null;
            robot.interact(closing::close);
        }
    }

    /** Whether the account menu shows {@code name} (false while the window is being rebuilt). */
    public static boolean accountShown(FxRobot robot, String name) {
        return robot.lookup("#account-menu").tryQueryAs(MenuButton.class)
                .map(menu -> name.equals(menu.getText())).orElse(false);
    }

    /**
     * Waits up to {@link #TIMEOUT_S} for {@code condition}, then for the FX queue to drain. The
     * condition is checked on the FX thread: it reads the scene graph (lookups, a table's items),
     * which only that thread changes, and a lookup from the test thread once walked a child list
     * while the FX thread changed it (IndexOutOfBoundsException in {@code Parent.lookupAll}).
     */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFxThread(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean onFxThread(Callable<Boolean> condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return condition.call();
        }
        return WaitForAsyncUtils.asyncFx(condition).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
