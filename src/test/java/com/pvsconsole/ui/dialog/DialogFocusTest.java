package com.pvsconsole.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.ui.common.Messages;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog that asks for text opens with the cursor in its field, so what the user types lands there. */
@ExtendWith(ApplicationExtension.class)
class DialogFocusTest {

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Button("main")), 400, 300));
        stage.show();
        dialogs = new FxDialogService(() -> stage, url -> { }, toast -> { }, new Messages(Locale.ROOT));
    }

    @Test
    void should_open_a_form_with_the_cursor_in_its_first_field(FxRobot robot) throws Exception {
        // given a form whose first input is a text field below a label
        TextField name = new TextField();
        name.setId("view-name");
        VBox form = new VBox(new javafx.scene.control.Label("Name"), name, new TextField());

        // when it opens
        Platform.runLater(() -> dialogs.showForm("save-view", "Save view", form, "Save", new SimpleBooleanProperty(true)));
        waitForFocusOwnerIn(robot, "#save-view-dialog");

        // then typing goes into that field, not to a button that would close the dialog
        assertThat(focusOwner(robot, "#save-view-dialog")).isSameAs(name);
        giveKeyboardTo(robot, "#save-view-dialog");
        robot.write("Running AIX");
        assertThat(name.getText()).isEqualTo("Running AIX");
        robot.clickOn("Cancel");
    }

    @Test
    void should_open_the_delete_confirmation_with_the_cursor_in_the_name_field(FxRobot robot) throws Exception {
        // when the type-the-name confirmation opens
        Platform.runLater(() -> dialogs.askDelete("instance", "aix-db", false));
        waitForFocusOwnerIn(robot, "#delete-dialog");

        // then the name typed goes into its field
        TextField typed = robot.lookup("#delete-name-field").queryAs(TextField.class);
        assertThat(focusOwner(robot, "#delete-dialog")).isSameAs(typed);
        giveKeyboardTo(robot, "#delete-dialog");
        robot.write("aix-db");
        assertThat(typed.getText()).isEqualTo("aix-db");
        robot.clickOn("#cancel-button");
    }

    /** What a window manager does for a new dialog (headless Monocle leaves the keyboard where it was). */
    private static void giveKeyboardTo(FxRobot robot, String paneId) {
        Window window = robot.lookup(paneId).query().getScene().getWindow();
        robot.interact(window::requestFocus);
        robot.targetWindow(window);
    }

    private static Node focusOwner(FxRobot robot, String paneId) {
        Window window = robot.lookup(paneId).query().getScene().getWindow();
        return window.getScene().getFocusOwner();
    }

    private static void waitForFocusOwnerIn(FxRobot robot, String paneId) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(paneId).tryQuery().isPresent()
                && robot.lookup(paneId).query().getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
