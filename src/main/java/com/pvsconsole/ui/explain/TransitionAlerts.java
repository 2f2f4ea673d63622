package com.pvsconsole.ui.explain;

import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.ui.common.Messages;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Tells someone who is looking elsewhere: while the console's window is not focused, a transition
 * that failed (ERROR, a failed job) and the end of a long one raise a desktop notification. With the
 * window focused the console itself shows both, so nothing pops up. UI thread only.
 */
public final class TransitionAlerts implements Transitions.Listener {

    private final Transitions transitions;
    private final BooleanSupplier focused;
    private final DesktopNotifier notifier;
    private final Messages messages;

    private TransitionAlerts(Transitions transitions, BooleanSupplier focused, DesktopNotifier notifier,
                             Messages messages) {
        this.transitions = transitions;
        this.focused = focused;
        this.notifier = notifier;
        this.messages = messages;
    }

    /** Starts listening to {@code transitions}; {@link #detach()} stops. */
    public static TransitionAlerts attach(Transitions transitions, BooleanSupplier focused, DesktopNotifier notifier,
                                          Messages messages) {
        TransitionAlerts alerts = new TransitionAlerts(transitions, focused, notifier, messages);
        transitions.addListener(alerts);
        return alerts;
    }

    public void detach() {
        transitions.removeListener(this);
    }

    @Override
    public void ended(Transitions.Ended ended) {
        if (focused.getAsBoolean() || !(ended.failed() || ended.longRunning())) {
            return;
        }
        Transitions.Running what = ended.running();
        String kind = what.kind().name().toLowerCase(Locale.ROOT);
        String took = Elapsed.text(ended.took());
        if (ended.failed()) {
            notifier.show(messages.get("explain.notify.failedTitle"),
                    messages.get("explain.notify.failed", what.subjectName(), kind, took), true);
        } else {
            notifier.show(messages.get("explain.notify.finishedTitle"),
                    messages.get("explain.notify.finished", what.subjectName(), kind, took), false);
        }
    }
}
