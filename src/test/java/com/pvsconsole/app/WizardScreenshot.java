package com.pvsconsole.app;

import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.shell.AccountInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the real window on a simulator whose datacenter has s1022 and e1080 hosts (tier1, tier3), opens the
 * create wizard and its system type list, and waits, so the README screenshot is taken of a real display:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24"} this class, then {@code import -window root}. Not a test.
 */
public final class WizardScreenshot {

    private WizardScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        PowerVsSimulator sim = PowerVsSimulator.builder().port(0).timeScale(0.05).start();
        sim.offer(List.of("s1022", "e1080"), List.of("tier1", "tier3"));
        ConnectionTarget target = new ConnectionTarget(sim.iamUrl(), sim.regionUrlTemplate(),
                sim.privateRegionUrlTemplate(), sim::apiKey, new AccountInfo("Demo account", true), sim.regions().get(0));
        RegionCatalog catalog = RegionCatalog.loadDefault();
        Platform.startup(() -> {
            ConsoleServices services = new ConsoleServices("demo", OkHttpPowerVsClient.create(PowerVsClientConfig
                    .builder(target.apiKey(), "demo").iamBaseUrl(target.iamUrl())
                    .urlTemplates(target.publicTemplate(), target.privateTemplate()).regionCatalog(catalog).build()),
                    catalog, new ServiceSettings(4, Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5)),
                    Platform::runLater, Clock.systemUTC());
            Stage stage = new Stage();
            ConsoleWindow window = new ConsoleWindow(services, target, new ThemeSwitcher(false), url -> { },
                    () -> stage);
            stage.setScene(window.createScene(1280, 800));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            window.open();
        });
        Button create = waitFor(() -> {
            Node found = Window.getWindows().get(0).getScene().lookup("#action-new-instance");
            return found instanceof Button b && !b.isDisabled() ? b : null;
        });
        Platform.runLater(create::fire);
        ComboBox<?> types = waitFor(() -> Window.getWindows().stream().map(w -> w.getScene().lookup("#create-systype"))
                .filter(n -> n instanceof ComboBox<?> c && !c.getItems().isEmpty()).map(n -> (ComboBox<?>) n)
                .findFirst().orElse(null));
        Thread.sleep(1500);
        Platform.runLater(() -> {
            Window wizard = types.getScene().getWindow();
            wizard.setX(250);
            wizard.setY(100);
            types.show();
            System.out.println("READY");
        });
        Thread.sleep(Long.parseLong(args.length > 0 ? args[0] : "60000"));
        Platform.exit();
        sim.close();
        System.exit(0);
    }

    private static <T> T waitFor(java.util.concurrent.Callable<T> probe) throws Exception {
        for (int i = 0; i < 600; i++) {
            java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(probe);
            Platform.runLater(task);
            T value = task.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }
}
