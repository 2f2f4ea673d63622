package com.pvsconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.memory.HeapGuard;
import com.pvsconsole.service.memory.HeapSetting;
import com.pvsconsole.service.memory.ScriptedReadings;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.testsupport.Stores;
import com.pvsconsole.ui.activity.ActivityViewModel;
import com.pvsconsole.ui.common.Messages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar warns while the heap guard says the fleet is larger than the heap holds, and says how to raise it. */
@ExtendWith(ApplicationExtension.class)
class MemoryWarningStatusBarTest {

    private final ScriptedReadings readings = new ScriptedReadings();
    private final HeapGuard guard = new HeapGuard(readings,
            new HeapSetting(Optional.of("/opt/pvs-console/lib/app/pvs-console.cfg")));
    private final Messages messages = new Messages(Locale.ROOT);
    private MemoryWarningViewModel memory;

    @Start
    void start(Stage stage) {
        InventoryService store = Stores.store(new EmptyListsClient(), new CurrentThreadTaskExecutor(), Clock.systemUTC());
        ShellViewModel shell = new ShellViewModel(store, new AccountInfo("Prod", false), messages, ZoneOffset.UTC);
        memory = new MemoryWarningViewModel(guard, messages, Platform::runLater);
        stage.setScene(new Scene(new StatusBarView(shell, new ActivityViewModel(new ActivityLog(Clock.systemUTC(), 10)),
                memory, messages).root(), 1280, 40));
        stage.show();
        guard.start();
    }

    @Test
    void should_show_the_warning_with_the_file_to_raise_the_limit_in_while_memory_is_short(FxRobot robot) {
        Label warning = robot.lookup("#status-memory-short").queryAs(Label.class);
        // given a fleet that fits: no warning, and it takes no room in the bar
        readings.collected(70, 128);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warning.isVisible()).isFalse();
        assertThat(warning.isManaged()).isFalse();

        // when collections keep leaving the heap nearly full (reported off the FX thread, as the JVM does)
        readings.collected(118, 128);
        readings.collected(120, 128);
        WaitForAsyncUtils.waitForFxEvents();

        // then the bar warns, and its hint names the limit, a larger one and the installed launcher's file
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo(messages.get("status.memoryShort"));
        String hint = warning.getTooltip().getText();
        assertThat(hint).contains("128 MB", "-Xmx128m", "-Xmx256m", "/opt/pvs-console/lib/app/pvs-console.cfg")
                .contains("[JavaOptions]");

        // when the fleet shrinks (another account) and a collection leaves the heap well below the line
        readings.collected(60, 128);
        WaitForAsyncUtils.waitForFxEvents();

        // then the warning goes away
        assertThat(warning.isVisible()).isFalse();
        assertThat(memory.hintProperty().get()).isEmpty();
    }

    @Test
    void should_tell_a_console_started_with_java_where_its_limit_is_set() {
        HeapGuard jarGuard = new HeapGuard(readings, new HeapSetting(Optional.empty()));
        MemoryWarningViewModel model = new MemoryWarningViewModel(jarGuard, messages, Runnable::run);
        jarGuard.start();

        readings.collected(110, 128);
        readings.collected(110, 128);

        assertThat(model.shownProperty().get()).isTrue();
        assertThat(model.hintProperty().get()).contains("-Xmx128m", "java command line", "app/launcher-options.txt");
    }
}
