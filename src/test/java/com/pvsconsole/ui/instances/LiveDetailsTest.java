package com.pvsconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.service.inventory.InstanceDetailsLoader;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The details pane follows its row: when a refresh changes the row, the pane reloads (simulator over HTTP). */
class LiveDetailsTest {

    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.01);

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void should_reload_the_details_when_a_refresh_changes_the_shown_row() {
        // given the details of an ACTIVE server on screen
        InstancesViewModel table = new InstancesViewModel(ws.inventory(), ws.scope(), new Messages(Locale.ROOT));
        InstanceDetailsViewModel details = new InstanceDetailsViewModel(
                new InstanceDetailsLoader(ws.client(), ws.executor(), Clock.systemUTC()));
        ws.open();
        InstanceRow row = table.allRows().stream().filter(r -> "ACTIVE".equals(r.status())).findFirst().orElseThrow();
        details.show(row);
        assertThat(details.detailsProperty().get().instance().status()).isEqualTo("ACTIVE");

        // when the server is stopped elsewhere and the next refresh brings the row's new state
        ws.direct().performInstanceAction(ws.context(), row.id(), InstanceAction.STOP, CancellationToken.none());
        ws.until(() -> {
            ws.inventory().refresh(ws.scope().get());
            return !"ACTIVE".equals(row.status());
        });

        // then the pane shows what the row shows, without another click
        assertThat(details.detailsProperty().get().instance().status()).isEqualTo(row.status());
    }
}
