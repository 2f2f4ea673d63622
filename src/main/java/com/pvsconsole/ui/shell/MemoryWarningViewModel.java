package com.pvsconsole.ui.shell;

import com.pvsconsole.service.memory.HeapGuard;
import com.pvsconsole.service.memory.HeapStatus;
import com.pvsconsole.ui.common.Messages;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's memory warning: shown while {@link HeapGuard} says the fleet is larger than this heap holds,
 * with a hint that names the limit, a larger one and the file to raise it in. Lives as long as the console (the
 * heap is the process's, not an account's); status changes reach it on the UI thread.
 */
public final class MemoryWarningViewModel implements AutoCloseable {

    private final HeapGuard guard;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final Consumer<HeapStatus> listener;

    public MemoryWarningViewModel(HeapGuard guard, Messages messages, Executor uiThread) {
        this.guard = guard;
        this.messages = messages;
        this.listener = status -> uiThread.execute(() -> show(status));
        guard.addListener(listener);
        show(guard.status());
    }

    private void show(HeapStatus status) {
        hint.set(status.shortOfMemory() ? hintFor(status) : "");
        shown.set(status.shortOfMemory());
    }

    private String hintFor(HeapStatus status) {
        String where = status.setting().configFile()
                .map(file -> messages.get("status.memoryShort.cfg", file))
                .orElseGet(() -> messages.get("status.memoryShort.commandLine"));
        return messages.get("status.memoryShort.hint", status.maxMegabytes(), status.suggestedMegabytes(), where);
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    @Override
    public void close() {
        guard.removeListener(listener);
    }
}
