package com.pvsconsole.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.explain.Evidence;
import com.pvsconsole.service.explain.Explanation;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExplainViewTest {

    private ExplainView view;

    @Start
    void start(Stage stage) {
        view = new ExplainView(new Explanation(List.of(
                new Evidence(Evidence.Kind.FAULT, "Boot volume could not be attached: No valid host was found",
                        "2026-10-26T17:07:00Z"),
                new Evidence(Evidence.Kind.QUOTA, "cores: 12 of 20, 8 left", "")),
                "No valid host was found: no s922 host in dal10 had room.", "Try s1022 or another zone.",
                Optional.of("no-valid-host")), new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view.root()));
        stage.show();
    }

    @Test
    void should_show_evidence_then_cause_and_next_step(FxRobot robot) {
        assertThat(robot.lookup("#explain-evidence-0").queryAs(Label.class).getText())
                .isEqualTo("Boot volume could not be attached: No valid host was found");
        assertThat(robot.lookup("#explain-cause").queryAs(Label.class).getText()).startsWith("No valid host");
        assertThat(robot.lookup("#explain-next").queryAs(Label.class).getText()).contains("s1022");
        assertThat(robot.lookup("#explain-unknown").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void should_say_when_a_fault_is_not_in_the_catalog(FxRobot robot) {
        robot.interact(() -> view.explanationProperty().set(new Explanation(List.of(
                new Evidence(Evidence.Kind.FAULT, "Frobnicator refused", "")), "The service reported: Frobnicator"
                + " refused", "Look at the events.", Optional.empty())));

        assertThat(robot.lookup("#explain-unknown").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#explain-cause").queryAs(Label.class).getText()).contains("Frobnicator refused");
    }
}
