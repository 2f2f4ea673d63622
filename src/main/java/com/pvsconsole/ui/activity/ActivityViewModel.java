package com.pvsconsole.ui.activity;

import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Running tasks and finished ones, mirrored from the activity log on every change. */
public final class ActivityViewModel {

    private final ActivityLog log;
    private final ObservableList<ActivityEntry> running = FXCollections.observableArrayList();
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<ActivityEntry> readOnlyRunning = FXCollections.unmodifiableObservableList(running);
    private final ObservableList<ActivityEntry> history = FXCollections.observableArrayList();
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<ActivityEntry> readOnlyHistory = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper();

    public ActivityViewModel(ActivityLog log) {
        this.log = log;
        log.addListener(this::sync);
        sync();
    }

    private void sync() {
        running.setAll(log.running());
        if (history.size() != log.history().size() || !history.equals(log.history())) {
            history.setAll(log.history());
        }
        runningCount.set(running.size());
    }

    /** The user's Cancel on a running entry that allows it ({@link ActivityEntry#cancellable()}). */
    public void cancel(ActivityEntry entry) {
        if (entry.cancellable()) {
            log.cancel(entry.id());
        }
    }

    public ObservableList<ActivityEntry> running() {
        return readOnlyRunning;
    }

    public ObservableList<ActivityEntry> history() {
        return readOnlyHistory;
    }

    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }
}
