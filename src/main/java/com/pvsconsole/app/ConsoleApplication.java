package com.pvsconsole.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class ConsoleApplication extends Application {

    static void launchWith(String[] args) {
        Application.launch(ConsoleApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BuildInfo build = BuildInfo.load();
        Label placeholder = new Label("pvs-console " + build.version());
        placeholder.setId("placeholder");
        stage.setTitle("pvs-console");
        stage.setScene(new Scene(new StackPane(placeholder), 1280, 800));
        stage.show();
    }
}
