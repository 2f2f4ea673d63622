package com.pvsconsole.ui.shell;

import static com.pvsconsole.service.support.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.testsupport.Stores;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ThemeSwitcher;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The workspace picker passes on the user's choice only, never a value the ComboBox moved by itself. */
@ExtendWith(ApplicationExtension.class)
class WorkspacePickerTest {

    /** Dallas lists its workspaces in the order the test sets. */
    private static final class OrderedWorkspaces extends EmptyListsClient {
        volatile List<Workspace> dallas = List.of(workspace("ws-a", "alpha"), workspace("ws-b", "beta"));

        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            return endpoint.region().equals("us-south") ? dallas : List.of();
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            return List.of();
        }
    }

    private final OrderedWorkspaces client = new OrderedWorkspaces();
    private InventoryService store;
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        store = Stores.store(client, new CurrentThreadTaskExecutor(), Clock.systemUTC());
        shell = new ShellViewModel(store, new AccountInfo("Prod", false), new Messages(Locale.ROOT), ZoneOffset.UTC);
        stage.setScene(new Scene(new TopBarView(shell, new ThemeSwitcher(false), new Messages(Locale.ROOT)).root(),
                1280, 60));
        stage.show();
        shell.selectRegion(RegionCatalog.loadDefault().find("us-south").orElseThrow());
    }

    @Test
    void should_keep_the_chosen_workspace_when_a_refreshed_list_comes_in_another_order(FxRobot robot) {
        // given the user chose the second workspace in the picker
        ComboBox<WorkspaceScope> picker = robot.lookup("#workspace-picker").queryComboBox();
        List<WorkspaceScope> saved = new ArrayList<>();
        shell.workspaceProperty().addListener((obs, old, now) -> saved.add(now));
        robot.interact(() -> picker.setValue(picker.getItems().get(1)));
        assertThat(shell.workspaceProperty().get().workspaceName()).isEqualTo("beta");

        // when the region's list comes back in another order
        client.dallas = List.of(workspace("ws-b", "beta"), workspace("ws-a", "alpha"));
        robot.interact(() -> store.discoverRegion(RegionEndpoint.publicEndpoint("us-south")));

        // then the choice stands, and the picker shows it
        assertThat(shell.workspaceProperty().get().workspaceName()).isEqualTo("beta");
        assertThat(picker.getValue().workspaceName()).isEqualTo("beta");
        assertThat(saved).extracting(WorkspaceScope::workspaceName).containsExactly("beta");
    }
}
