package com.pvsconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.Confirmation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActionConfirmationsTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final Confirmation.Scope scope = new Confirmation.Scope("prod-dallas", "Dallas (us-south)");
    private final InstanceTarget one = new InstanceTarget("1", "aix-db", "ACTIVE");
    private final InstanceTarget two = new InstanceTarget("2", "ibmi-01", "ACTIVE");

    @Test
    void should_make_hard_reboot_and_immediate_shutdown_risky_with_one_sentence_and_the_scope() {
        Confirmation reboot = ActionConfirmations.forAction(messages, InstanceActionKind.HARD_REBOOT, List.of(one), scope);
        Confirmation shutdown = ActionConfirmations.forAction(messages, InstanceActionKind.IMMEDIATE_SHUTDOWN,
                List.of(one), scope);

        assertThat(reboot.risky()).isTrue();
        assertThat(shutdown.risky()).isTrue();
        assertThat(reboot.title()).contains("aix-db");
        assertThat(reboot.consequence()).endsWith(".").doesNotContain("{");
        assertThat(reboot.scope()).isEqualTo(scope);
    }

    @Test
    void should_make_any_action_on_several_instances_risky_and_name_them() {
        Confirmation stop = ActionConfirmations.forAction(messages, InstanceActionKind.STOP, List.of(one, two), scope);

        assertThat(stop.risky()).isTrue();
        assertThat(stop.title()).contains("2 instances");
        assertThat(stop.consequence()).contains("servers stop").contains("aix-db, ibmi-01");
    }

    @Test
    void should_keep_a_single_soft_reboot_plain() {
        Confirmation soft = ActionConfirmations.forAction(messages, InstanceActionKind.SOFT_REBOOT, List.of(one), scope);

        assertThat(soft.risky()).isFalse();
        assertThat(soft.consequence()).contains("operating system restarts");
    }
}
