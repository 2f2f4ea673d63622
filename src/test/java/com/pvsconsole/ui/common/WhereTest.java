package com.pvsconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.ui.dialog.Confirmation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WhereTest {

    private static WorkspaceScope scope(String region, String zone, String id, String name) {
        return new WorkspaceScope(Fixtures.ACCOUNT, new RegionEndpoint(region, EndpointType.PUBLIC), id, name, zone,
                Crn.of(zone, Fixtures.ACCOUNT, id));
    }

    private final WorkspaceScope dallas = scope("us-south", "dal10", "ws-1", "prod-dallas");
    private final WorkspaceScope tokyo = scope("tok", "tok04", "ws-2", "dr-tokyo");
    private final Messages messages = new Messages(Locale.ROOT);

    @Test
    void should_name_one_workspace_with_its_region() {
        Confirmation.Scope where = Where.of(List.of(dallas));

        assertThat(where.isSeveral()).isFalse();
        assertThat(messages.get("confirm.scope", where.workspace(), where.region()))
                .isEqualTo("Workspace prod-dallas in Dallas (us-south)");
    }

    @Test
    void should_pair_each_workspace_with_its_own_region_when_an_action_spans_several() {
        // when a bulk action spans two workspaces in two regions
        Confirmation.Scope where = Where.of(List.of(dallas, tokyo));

        // then each workspace is named once, beside its region, under a plural
        assertThat(where.isSeveral()).isTrue();
        assertThat(messages.get("confirm.scopes", where.workspace()))
                .isEqualTo("Workspaces prod-dallas in Dallas (us-south), dr-tokyo in Tokyo (tok)");
    }

    @Test
    void should_count_explain_runs_in_the_right_number() {
        assertThat(messages.get("explain.transition", "Stop", "1 s", "2 s", "tok04", 1)).endsWith("(1 run)");
        assertThat(messages.get("explain.transition", "Stop", "1 s", "2 s", "tok04", 3)).endsWith("(3 runs)");
    }
}
