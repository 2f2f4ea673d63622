package com.pvsconsole.ui.resources;

import com.pvsconsole.service.problem.Problem;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a resource page tells the user besides its rows: whether a call is out, the last failed
 * call (for the problem banner) and a plain notice (a refusal the console decided itself, or
 * what the last action did). One per page or pane; UI thread only.
 */
public final class PageStatus {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refusal = new ReadOnlyBooleanWrapper(false);

    /** An action starts: old messages go, the page shows it is working. */
    public void started() {
        problem.set(null);
        notice.set("");
        refusal.set(false);
        busy.set(true);
    }

    public void succeeded(String message) {
        busy.set(false);
        refusal.set(false);
        notice.set(message == null ? "" : message);
    }

    public void failed(Problem failure) {
        busy.set(false);
        problem.set(failure);
    }

    /** A refusal or hint that needs no server call. */
    public void note(String message) {
        problem.set(null);
        refusal.set(message != null && !message.isEmpty());
        notice.set(message);
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the notice is a refusal (shown as a warning), false for a plain result. */
    public ReadOnlyBooleanProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
