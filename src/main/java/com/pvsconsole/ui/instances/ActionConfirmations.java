package com.pvsconsole.ui.instances;

import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.Confirmation;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The confirmation an instance action asks for: one sentence with its consequence, the instances it
 * acts on, and the workspace and region. Hard reboot, immediate shutdown and any action on several
 * instances at once are risky (warning styling).
 */
public final class ActionConfirmations {

    private static final Set<InstanceActionKind> RISKY = EnumSet.of(InstanceActionKind.HARD_REBOOT,
            InstanceActionKind.IMMEDIATE_SHUTDOWN, InstanceActionKind.DELETE);

    private ActionConfirmations() {
    }

    public static Confirmation forAction(Messages messages, InstanceActionKind kind, List<InstanceTarget> targets,
                                         Confirmation.Scope scope) {
        String label = messages.get("action." + kind.name().toLowerCase(Locale.ROOT));
        String names = targets.stream().map(InstanceTarget::name).collect(Collectors.joining(", "));
        String title = targets.size() == 1 ? messages.get("confirm.title.one", label, names)
                : messages.get("confirm.title.many", label, targets.size());
        String consequence = messages.get("consequence." + kind.name().toLowerCase(Locale.ROOT), targets.size());
        String text = targets.size() == 1 ? consequence : consequence + " " + messages.get("confirm.actsOn", names);
        return new Confirmation(title, text, label, scope, isRisky(kind, targets.size()));
    }

    static boolean isRisky(InstanceActionKind kind, int count) {
        return count > 1 || RISKY.contains(kind);
    }
}
