package com.pvsconsole.ui.instances;

import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.search.SearchScope;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One instance as a table row. Rows are long-lived: a refresh updates their properties in place
 * (matched by id), so the table keeps selection and scroll position.
 */
public final class InstanceRow {

    private final String id;
    private final WorkspaceScope scope;
    private final StringProperty fault = new SimpleStringProperty(this, "fault", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty health = new SimpleStringProperty(this, "health", "");
    private final StringProperty os = new SimpleStringProperty(this, "os", "");
    private final DoubleProperty processors = new SimpleDoubleProperty(this, "processors");
    private final StringProperty procType = new SimpleStringProperty(this, "procType", "");
    private final DoubleProperty memoryGb = new SimpleDoubleProperty(this, "memoryGb");
    private final StringProperty sysType = new SimpleStringProperty(this, "sysType", "");
    private final StringProperty ips = new SimpleStringProperty(this, "ips", "");
    private final StringProperty created = new SimpleStringProperty(this, "created", "");
    private String ipsSplitFrom = "";
    private List<String> ipsSplit = List.of();
    /** What the search reads, remade on each change: immutable, so a search thread may read it. */
    private volatile SearchText searchText;
    private final StringProperty pendingAction = new SimpleStringProperty(this, "pendingAction", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final BooleanProperty flagged = new SimpleBooleanProperty(this, "flagged", false);

    InstanceRow(WorkspaceScope scope, InstanceFields fields) {
        this.id = fields.id();
        this.scope = scope;
        apply(fields);
    }

    /**
     * Copies changed values only, so listeners and cells fire for real changes. The search text is
     * made first: the table's filter re-tests the row when its status or name fires, and reads
     * only the search text (a stopped server stayed listed under {@code status:active} while the
     * text was remade after the events).
     */
    void apply(InstanceFields fields) {
        searchText = SearchText.of(fields.name(), split(fields.ips()), id, fields.os(), fields.status(), fields.health(),
                scope, fields.sysType(), fields.processors(), fields.memoryGb());
        set(name, fields.name());
        set(status, fields.status());
        set(health, fields.health());
        set(os, fields.os());
        processors.set(fields.processors());
        set(procType, fields.procType());
        memoryGb.set(fields.memoryGb());
        set(sysType, fields.sysType());
        set(ips, fields.ips());
        set(created, fields.created());
        set(fault, fields.fault());
    }

    private static void set(StringProperty property, String value) {
        if (!property.get().equals(value)) {
            property.set(value);
        }
    }

    void markBusy(String actionLabel) {
        pendingAction.set(actionLabel);
        busy.set(true);
        flagged.set(false);
    }

    void settle(String newStatus, boolean error) {
        if (newStatus != null && !newStatus.isBlank()) {
            searchText = searchText.withStatus(newStatus); // before the event, as in apply()
            set(status, newStatus);
        }
        busy.set(false);
        pendingAction.set("");
        flagged.set(error);
    }

    public String id() {
        return id;
    }

    /** The row's searched fields as of its last change; a new object after every change. */
    public SearchText searchText() {
        return searchText;
    }

    /**
     * One row's searched fields, frozen: the All servers search tests 10,000 of these on a search
     * thread, and a row's identity here tells whether the result is still the row's. The free
     * text (name, addresses, id, OS) is kept lower-cased in one string, made once per change.
     */
    public record SearchText(String name, List<String> ips, String id, String os, String status, String health,
                             String region, String workspace, String systemType, double processors, double memoryGb,
                             String freeText) {

        static SearchText of(String name, List<String> ips, String id, String os, String status, String health,
                             WorkspaceScope scope, String systemType, double processors, double memoryGb) {
            List<String> free = new java.util.ArrayList<>(ips.size() + 3);
            free.add(name);
            free.addAll(ips);
            free.add(id);
            free.add(os);
            return new SearchText(name, ips, id, os, status, health, scope.region(), scope.workspaceName(), systemType,
                    processors, memoryGb, SearchScope.indexOf(free));
        }

        SearchText withStatus(String newStatus) {
            return new SearchText(name, ips, id, os, newStatus, health, region, workspace, systemType, processors,
                    memoryGb, freeText);
        }
    }

    /** Where the instance lives: actions on this row go to this workspace, whatever is selected now. */
    public WorkspaceScope scope() {
        return scope;
    }

    /** The instance's fault ("message (code, time)"), empty unless the service reported one. */
    public ReadOnlyStringProperty faultProperty() {
        return fault;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty healthProperty() {
        return health;
    }

    public ReadOnlyStringProperty osProperty() {
        return os;
    }

    public ReadOnlyDoubleProperty processorsProperty() {
        return processors;
    }

    public ReadOnlyStringProperty procTypeProperty() {
        return procType;
    }

    public ReadOnlyDoubleProperty memoryGbProperty() {
        return memoryGb;
    }

    public ReadOnlyStringProperty sysTypeProperty() {
        return sysType;
    }

    public ReadOnlyStringProperty ipsProperty() {
        return ips;
    }

    public ReadOnlyStringProperty createdProperty() {
        return created;
    }

    public ReadOnlyStringProperty pendingActionProperty() {
        return pendingAction;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty flaggedProperty() {
        return flagged;
    }

    public String name() {
        return name.get();
    }

    /**
     * The addresses one by one (the column shows them joined). Split once per change of the
     * text, not per call: the search tests every row's addresses on every keystroke, and a regex
     * split there cost most of the filter's time over 10,000 rows.
     */
    public List<String> ips() {
        String joined = ips.get();
        if (!joined.equals(ipsSplitFrom)) {
            ipsSplit = split(joined);
            ipsSplitFrom = joined;
        }
        return ipsSplit;
    }

    private static List<String> split(String joinedIps) {
        return joinedIps.isEmpty() ? List.of() : List.of(joinedIps.split(",\\s*"));
    }

    public String os() {
        return os.get();
    }

    public String health() {
        return health.get();
    }

    public String status() {
        return status.get();
    }

    public boolean isBusy() {
        return busy.get();
    }
}
