package com.pvsconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.ui.common.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thousands of instances arriving on the FX thread become All servers rows over several pulses,
 * not in one callback; what the store says after them (a change, a removal) lands after them, and
 * the table ends as the store is.
 */
@ExtendWith(ApplicationExtension.class)
class SlicedArrivalTest {

    private static final int ARRIVING = 5_000;

    private final InventoryService store = new InventoryService("acct", new EmptyListsClient(),
            RegionCatalog.loadDefault(), new CurrentThreadTaskExecutor(), Clock.systemUTC(),
            RefreshPolicy.defaults(Duration.ZERO), 4);
    private final WorkspaceScope scope = WorkspaceScope.of("acct", RegionEndpoint.publicEndpoint("us-south"),
            Fixtures.workspace("ws-1", "prod")).orElseThrow();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    @Test
    void should_add_a_large_arrival_over_several_pulses_and_apply_later_changes_after_it() throws Exception {
        // given All servers, and 5,000 instances arriving in one answer
        InstancesViewModel servers = WaitForAsyncUtils.asyncFx(() -> InstancesViewModel.fleet(store,
                new Messages(Locale.ROOT))).get();
        List<PvmInstanceReference> arriving = new ArrayList<>();
        for (int i = 0; i < ARRIVING; i++) {
            arriving.add(Fixtures.instanceRef("id-" + i, "server-" + i, "ACTIVE"));
        }

        // when they arrive, and in the same callback the next answer changes the first one and removes the second
        int rowsAfterTheCallback = WaitForAsyncUtils.asyncFx(() -> {
            servers.instancesChanged(scope, new Delta<>(arriving, List.of(), Set.of()));
            servers.instancesChanged(scope, new Delta<>(List.of(),
                    List.of(Fixtures.instanceRef("id-0", "server-0", "SHUTOFF")), Set.of("id-1")));
            return servers.allRows().size();
        }).get();

        // then the callback made only a part of the rows, and not ready for actions yet
        assertThat(rowsAfterTheCallback).isLessThan(ARRIVING);
        // and once the pulses ran, the table is what the store said, in its order
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> servers.readyProperty().get() && servers.allRows().size() == ARRIVING - 1).get());
        List<InstanceRow> rows = WaitForAsyncUtils.asyncFx(() -> List.copyOf(servers.allRows())).get();
        assertThat(rows).extracting(InstanceRow::id).doesNotContain("id-1").startsWith("id-0", "id-2", "id-3")
                .endsWith("id-" + (ARRIVING - 1)).doesNotHaveDuplicates();
        assertThat(rows.get(0).status()).isEqualTo("SHUTOFF");
    }
}
