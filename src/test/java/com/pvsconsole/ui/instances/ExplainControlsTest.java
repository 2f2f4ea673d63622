package com.pvsconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.explain.ExplainService;
import com.pvsconsole.service.explain.Explainer;
import com.pvsconsole.service.explain.FaultCatalog;
import com.pvsconsole.service.explain.LastActions;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.sim.ManualClock;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The details pane's transition line against a seeded history: elapsed and estimate while a stop
 * runs, the "slower than usual" mark past 3x the usual, and Explain one click from it.
 */
@ExtendWith(ApplicationExtension.class)
class ExplainControlsTest {

    /** Keeps the form Explain opened, to read what it shows. */
    private static final class Dialogs extends ScriptedDialogs {
        Node form;

        @Override
        public boolean showForm(String id, String title, Node shown, String confirmLabel, ObservableBooleanValue valid) {
            form = shown;
            new Scene(new javafx.scene.layout.StackPane(shown)); // skins (and so the scroll pane's content) need a scene
            shown.applyCss();
            ((javafx.scene.Parent) shown).layout();
            return super.showForm(id, title, shown, confirmLabel, valid);
        }
    }

    @TempDir
    Path cache;

    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.01);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final SimpleObjectProperty<InstanceRow> shown = new SimpleObjectProperty<>();
    private final Dialogs dialogs = new Dialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private Transitions transitions;
    private ExplainControls controls;

    @Start
    void start(Stage stage) {
        VBox pane = new VBox();
        stage.setScene(new Scene(pane, 700, 200));
        stage.show();
        stage.setUserData(pane);
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private void given(FxRobot robot, String history) throws Exception {
        Files.writeString(cache.resolve(TransitionHistory.FILE_NAME), history);
        transitions = new Transitions(TransitionHistory.open(cache), clock);
        controls = new ExplainControls(new ExplainService(ws.client(), ws.executor(),
                new Explainer(FaultCatalog.loadDefault()), LastActions.none(), transitions, clock), transitions,
                dialogs, messages);
        robot.interact(() -> {
            VBox pane = (VBox) robot.listWindows().stream().filter(w -> w.getUserData() instanceof VBox)
                    .findFirst().orElseThrow().getUserData();
            pane.getChildren().setAll(controls.detailsButton(shown), controls.transitionLine(shown));
        });
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    @Test
    void should_show_elapsed_and_estimate_then_mark_a_stop_slower_than_usual(FxRobot robot) throws Exception {
        // given a running server, and stops in its zone that usually take a minute
        InstancesViewModel table = new InstancesViewModel(ws.inventory(), ws.scope(), messages);
        ws.open();
        InstanceRow row = table.allRows().stream().filter(r -> "ACTIVE".equals(r.status()) && "OK".equals(r.health()))
                .findFirst().orElseThrow();
        String zone = row.scope().crn().location();
        given(robot, "{\"version\":1,\"seconds\":{\"" + zone + "|STOP\":[50,60,70]}}");
        robot.interact(() -> shown.set(row));
        assertThat(visible(robot, "#details-transition-box")).isFalse();
        assertThat(visible(robot, "#details-explain")).isFalse();

        // when it is stopped and 2 minutes pass
        robot.interact(() -> {
            transitions.begin(zone, TransitionHistory.Kind.STOP, row.id(), row.name());
            clock.advance(Duration.ofMinutes(2));
            transitions.touched(row.id());
        });

        // then the pane shows elapsed and usual time, without the mark
        assertThat(robot.lookup("#details-transition").queryAs(Label.class).getText())
                .isEqualTo("Stop running 2 min; usually 60 s in " + zone + " (3 runs)");
        assertThat(visible(robot, "#details-slow")).isFalse();
        assertThat(visible(robot, "#details-explain")).isFalse();

        // when it passes 3x the usual time
        robot.interact(() -> {
            clock.advance(Duration.ofSeconds(61));
            transitions.touched(row.id());
        });

        // then it is marked slower than usual, and Explain is offered
        assertThat(visible(robot, "#details-slow")).isTrue();
        assertThat(visible(robot, "#details-explain")).isTrue();

        // when the mark is clicked, Explain opens on that server and says the change is slow
        robot.interact(() -> robot.lookup("#details-slow").queryAs(Hyperlink.class).fire());
        assertThat(dialogs.wasAsked("form explain")).isTrue();
        Label cause = (Label) dialogs.form.lookup("#explain-cause");
        assertThat(cause.getText()).contains("much longer than usual");
        assertThat(dialogs.form.lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .anyMatch(text -> text.startsWith("STOP running 3 min") && text.endsWith("slower than usual"));

        // and once the stop settles the line goes away and the run is learnt
        robot.interact(() -> transitions.succeeded(row.id()));
        assertThat(visible(robot, "#details-transition-box")).isFalse();
        assertThat(transitions.history().estimate(zone, TransitionHistory.Kind.STOP).orElseThrow().samples())
                .isEqualTo(4);
    }

    @Test
    void should_offer_explain_for_a_server_in_error(FxRobot robot) throws Exception {
        // given the demo workspace's server in ERROR
        InstancesViewModel table = new InstancesViewModel(ws.inventory(), ws.scope(), messages);
        ws.open();
        InstanceRow failed = table.allRows().stream().filter(r -> "ERROR".equals(r.status())).findFirst()
                .orElseThrow();
        given(robot, "{\"version\":1,\"seconds\":{}}");

        // when it is shown
        robot.interact(() -> shown.set(failed));

        // then Explain is offered and there is no transition line
        assertThat(visible(robot, "#details-explain")).isTrue();
        assertThat(visible(robot, "#details-transition-box")).isFalse();
        robot.interact(() -> robot.lookup("#details-explain").queryAs(Button.class).fire());
        assertThat(((Label) dialogs.form.lookup("#explain-cause")).getText()).isNotBlank();
    }
}
