package com.pvsconsole.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.search.JumpTarget;
import com.pvsconsole.service.search.JumpTarget.Kind;
import com.pvsconsole.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class QuickJumpTest {

    private final List<JumpTarget> chosen = new ArrayList<>();
    private final List<JumpTarget> targets = List.of(
            new JumpTarget(Kind.WORKSPACE, "prod-us", "us-south", "", "w1"),
            new JumpTarget(Kind.SERVER, "archive-app", "dal10", "prod-us", "i1"),
            new JumpTarget(Kind.NETWORK, "archive-net", "dal10", "prod-us", "n1"),
            new JumpTarget(Kind.VOLUME, "archive-data", "lon06", "prod-eu", "v-lon"),
            new JumpTarget(Kind.VOLUME, "scratch", "tok04", "batch", "v-tok"));
    private QuickJump jump;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("console")), 800, 500);
        jump = QuickJump.install(scene, () -> targets, chosen::add, new Messages(Locale.ROOT));
        stage.setScene(scene);
        stage.show();
    }

    private void open(FxRobot robot) throws Exception {
        robot.clickOn(".label").press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, jump::isShowing);
    }

    @Test
    void should_find_a_volume_in_another_region_and_hand_it_back(FxRobot robot) throws Exception {
        // given Ctrl+K pressed in the console
        open(robot);

        // when part of the volume's name is typed (letters in order, not a substring) and Enter pressed
        robot.write("arcdata");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quick-jump-list").queryListView().getItems()).hasSize(1);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then the London volume is chosen and the box closes
        assertThat(chosen).extracting(JumpTarget::id).containsExactly("v-lon");
        assertThat(jump.isShowing()).isFalse();
    }

    @Test
    void should_pick_with_the_arrow_keys_and_close_on_escape(FxRobot robot) throws Exception {
        open(robot);
        robot.write("archive");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quick-jump-list").queryListView().getItems()).hasSize(3);

        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen).hasSize(1);
        assertThat(chosen.get(0).name()).startsWith("archive-");

        open(robot);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jump.isShowing()).isFalse();
        assertThat(chosen).hasSize(1);
    }
}
