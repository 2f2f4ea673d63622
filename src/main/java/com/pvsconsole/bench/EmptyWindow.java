package com.pvsconsole.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * P1's floor: the least a JavaFX desktop app can do, a 1280x800 window with one label. Prints
 * one JSON line on its first animation frame (the first pulse after the window is shown) and exits.
 */
public final class EmptyWindow extends Application {

    /** A plain main: launching an Application subclass from the classpath fails (TOOLCHAIN.md). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(EmptyWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("pvs-console bench: empty window");
        stage.setScene(new Scene(new StackPane(new Label("An empty JavaFX window")), 1280, 800));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("{\"emptyWindow\":\"ok\",\"firstFrameMs\":" + sinceJvmStart + "}");
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }
}
