package com.pvsconsole.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.explain.ExplainRequest;
import com.pvsconsole.service.explain.Explainer;
import com.pvsconsole.service.explain.FaultCatalog;
import com.pvsconsole.service.explain.QuotaHeadroom;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.NodeSnapshots;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.explain.ExplainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders Copy as code and Explain with the console's theme, for the README
 * (target/screenshots/copy-as-code.png and explain.png). Explain shows the demo's real server in ERROR.
 */
@ExtendWith(ApplicationExtension.class)
class CopyAsCodeScreenshotTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private Path shoot(FxRobot robot, Parent root, String name) {
        Path[] file = new Path[1];
        robot.interact(() -> {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(getClass().getResource("/pvs-console/css/console.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        robot.interact(() -> file[0] = NodeSnapshots.save(root, name));
        return file[0];
    }

    @Test
    void should_render_copy_as_code_and_explain(FxRobot robot) throws Exception {
        CodeTarget target = new CodeTarget(RegionEndpoint.publicEndpoint("us-south"),
                Crn.of("dal10", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"), "prod-dal10");
        CodeAction create = new CodeAction.CreateInstance(PvmInstanceCreate.builder().serverName("web-01")
                .imageID("2f3a6b8c-0d1e-4f2a-b3c4-d5e6f7a8b9c0").processors(0.5).procType("shared").memory(8.0)
                .sysType("s1022").keyPairName("ops-key").storageType("tier3")
                .networks(List.of(new PvmInstanceAddNetwork(null, "4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a", null)))
                .userData("#cloud-config\npackages:\n  - httpd\n").build());
        CopyAsCodeView code = new CopyAsCodeView(new CopyAsCodeViewModel(
                CodeGenerator.forIbmCloud(RegionCatalog.loadDefault()).generate(target, create)), t -> { },
                new Messages(Locale.ENGLISH));
        Parent codeRoot = code.root();
        robot.interact(() -> ((TabPane) codeRoot.lookup("#code-tabs")).getSelectionModel().select(1));
        assertThat(Files.size(shoot(robot, codeRoot, "copy-as-code"))).isPositive();

        try (PowerVsSimulator sim = PowerVsSimulator.builder().port(0).timeScale(1000).start()) {
            PowerVsClient client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test")
                    .iamBaseUrl(sim.iamUrl()).urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                    .build());
            PowerVsSimulator.WorkspaceInfo ws = sim.workspaces().stream().filter(w -> {
                WorkspaceContext c = WorkspaceContext.of(w.region(), EndpointType.PUBLIC, Crn.parse(w.crn()));
                return client.listInstances(c, CancellationToken.none()).stream()
                        .anyMatch(i -> "rhel-mq01".equals(i.serverName()));
            }).findFirst().orElseThrow();
            WorkspaceContext ctx = WorkspaceContext.of(ws.region(), EndpointType.PUBLIC, Crn.parse(ws.crn()));
            String id = client.listInstances(ctx, CancellationToken.none()).stream()
                    .filter(i -> "rhel-mq01".equals(i.serverName())).findFirst().orElseThrow().pvmInstanceID();
            PvmInstance server = client.getInstance(ctx, id, CancellationToken.none());
            var events = client.listEvents(ctx, Instant.EPOCH, null, CancellationToken.none()).stream()
                    .filter(e -> e.message() != null && e.message().contains("rhel-mq01")).toList();
            var explanation = new Explainer(FaultCatalog.loadDefault()).explain(new ExplainRequest(server, ws.zone(),
                    events, Optional.empty(), client.listJobs(ctx, CancellationToken.none()),
                    QuotaHeadroom.of(client.getCloudInstance(ctx, CancellationToken.none())), Optional.empty()));
            ExplainView explain = new ExplainView(explanation, new Messages(Locale.ENGLISH));
            assertThat(Files.size(shoot(robot, explain.root(), "explain"))).isPositive();
        }
    }
}
