package com.pvsconsole.app;

import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.ui.shell.Page;
import java.nio.file.Files;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * Opens the real window on a simulator whose datacenter has s1022 and e1080 hosts (tier1, tier3), opens the
 * create wizard and its system type list, and waits, so the README screenshot is taken of a real display:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24"} this class, then {@code import -window root}. Not a test.
 */
public final class WizardScreenshot {

    private WizardScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        PowerVsSimulator sim = ConsoleFixture.startSimulator();
        sim.offer(List.of("s1022", "e1080"), List.of("tier1", "tier3"));
        Platform.startup(() -> { });
        Stage stage = waitFor(Stage::new);
        // the production wiring, as the window tests open it, on a real (Xvfb) display instead of Monocle
        ConsoleFixture console = new ConsoleFixture(Files.createTempDirectory("wizard-screenshot"), stage,
                new FxRobot()).windowSize(1280, 800).openOn(sim);
        console.show(Page.INSTANCES);
        Button create = waitFor(() -> {
            Node found = stage.getScene().lookup("#action-new-instance");
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
        console.close();
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
