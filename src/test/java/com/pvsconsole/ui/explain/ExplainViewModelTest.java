package com.pvsconsole.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.explain.ExplainService;
import com.pvsconsole.service.explain.Explainer;
import com.pvsconsole.service.explain.FaultCatalog;
import com.pvsconsole.service.explain.LastActions;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The panel's state while Explain loads, when it has an answer, and when it fails (with the hint). */
class ExplainViewModelTest {

    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.01);
    private final ExplainViewModel model = new ExplainViewModel(new ExplainService(ws.client(), ws.executor(),
            new Explainer(FaultCatalog.loadDefault()), LastActions.none(), Transitions.untracked(Clock.systemUTC()),
            Clock.systemUTC()));

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private WorkspaceScope scope() {
        ws.open();
        return ws.scope().get();
    }

    @Test
    void should_report_each_step_then_the_explanation() {
        // given a server in ERROR in the demo workspace
        WorkspaceScope scope = scope();
        var failed = ws.inventory().instances(scope).stream().filter(i -> "ERROR".equals(i.status())).findFirst()
                .orElseThrow();
        List<String> steps = new ArrayList<>();
        model.stepProperty().addListener((obs, old, step) -> steps.add(step));

        // when Explain loads it
        model.load(scope, failed.pvmInstanceID(), failed.serverName());

        // then every step was announced, in order, and the answer is known from the catalog
        assertThat(steps).containsSubsequence("Reading the server", "Reading recent events",
                "Reading the workspace's jobs", "Reading the quota", "Explaining");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.explanationProperty().get().known()).isTrue();
    }

    @Test
    void should_show_a_failure_with_its_hint_and_no_explanation() {
        // given a server that no longer exists
        WorkspaceScope scope = scope();

        // when Explain loads it
        model.load(scope, "00000000-0000-0000-0000-000000000000", "gone01");

        // then the failure carries words and a hint, never a stack trace
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.explanationProperty().get()).isNull();
        assertThat(model.problemProperty().get().hint()).isNotBlank();
        assertThat(model.problemProperty().get().title()).doesNotContain("Exception");
    }
}
