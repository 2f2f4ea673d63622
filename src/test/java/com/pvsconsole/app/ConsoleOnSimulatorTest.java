package com.pvsconsole.app;

import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.sim.PowerVsSimulator;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Base of the tests that run the app's wiring against a simulator acting as IAM and Power VS
 * for a real (non-demo) key: one simulator per class, a fresh home folder and stage per test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ConsoleOnSimulatorTest {

    static final String REAL_KEY = "Qv8nT2realKeyShapeNotDemo0";
    static PowerVsSimulator sim;

    @TempDir
    Path home;
    Stage stage;
    ConsoleFixture app;

    @BeforeAll
    static void startSimulator() {
        sim = PowerVsSimulator.builder().port(0).timeScale(0.05).apiKey(REAL_KEY).start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Subclasses do not always get the {@code @Start} call of a superclass: take the primary stage then. */
    @BeforeEach
    void ensureStage() throws Exception {
        if (stage == null) {
            stage = FxToolkit.registerPrimaryStage();
        }
    }

    @AfterEach
    void closeConsole() throws Exception {
        if (app != null) {
            app.close();
        }
        FxToolkit.cleanupStages();
    }
}
