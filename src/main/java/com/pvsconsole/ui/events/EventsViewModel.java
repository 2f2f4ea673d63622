package com.pvsconsole.ui.events;

import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.service.events.EventRange;
import com.pvsconsole.service.events.WorkspaceEvents;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The events timeline. The presets (up to a week) are a projection of the inventory store, which
 * lists the shown workspace's last week of events only while this page is on screen; custom dates
 * are one query of their own. Level, resource and text narrow the events at once, as the user
 * types. A custom range that ends before it starts is refused with a message, unsent.
 */
public final class EventsViewModel implements InventoryListener {

    private final InventoryService inventory;
    private final WorkspaceEvents events;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Event> loaded = FXCollections.observableArrayList();
    private final FilteredList<Event> shown = new FilteredList<>(loaded);
    private final ObservableList<String> resources = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyResources = FXCollections.unmodifiableObservableList(resources);
    private final ObjectProperty<EventWindow> window = new SimpleObjectProperty<>(EventWindow.LAST_WEEK);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObjectProperty<String> level = new SimpleObjectProperty<>();
    private final ObjectProperty<String> resource = new SimpleObjectProperty<>();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper rangeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private TaskHandle current = TaskHandle.none();
    private InventoryService.Need need = () -> { };
    private boolean pageShown = true;
    private WorkspaceScope scope;

    public EventsViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> scope,
                           WorkspaceEvents events, Messages messages, Clock clock, ZoneId zone) {
        this.inventory = inventory;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        customFrom.set(today.minusDays(7));
        customTo.set(today);
        level.addListener((obs, old, now) -> updateFilter());
        resource.addListener((obs, old, now) -> updateFilter());
        filterText.addListener((obs, old, now) -> updateFilter());
        window.addListener((obs, old, now) -> showWindow());
        customFrom.addListener((obs, old, now) -> reloadIfCustom());
        customTo.addListener((obs, old, now) -> reloadIfCustom());
        count.bind(Bindings.createStringBinding(
                () -> messages.get("events.count", shown.size(), loaded.size()), shown, loaded));
        inventory.addListener(this);
        scope.addListener((obs, old, now) -> show(now));
        show(scope.get());
    }

    private void show(WorkspaceScope now) {
        need.release();
        scope = now;
        loaded.clear();
        need = pageShown ? inventory.need(now, ResourceKind.EVENTS) : () -> { };
        showWindow();
    }

    /** The page was put on screen or taken off it: the store lists events only while it is shown. */
    public void setShown(boolean shown) {
        if (shown == pageShown) {
            return;
        }
        pageShown = shown;
        if (shown) {
            show(scope);
        } else {
            need.release();
            need = () -> { };
        }
    }

    /** A preset shows what the store holds (no call); custom dates are queried. */
    private void showWindow() {
        current.cancel();
        if (window.get() == EventWindow.CUSTOM) {
            loadCustom();
        } else {
            project();
        }
    }

    /** Lists the events again (also picks up events that happened since): one call. */
    public void reload() {
        if (window.get() == EventWindow.CUSTOM) {
            loadCustom();
        } else if (scope != null) {
            problem.set(null);
            inventory.refresh(scope, ResourceKind.EVENTS);
            project();
        }
    }

    /** The store's events of the shown workspace within the preset, newest first. */
    private void project() {
        Optional<EventRange> range = range();
        if (scope == null || range.isEmpty()) {
            loading.set(false);
            return;
        }
        long from = range.get().from().toEpochMilli();
        List<Event> within = inventory.events(scope).stream()
                .filter(event -> event.timestamp() == null || millis(event.timestamp()) >= from)
                .sorted(WorkspaceEvents.NEWEST_FIRST).toList();
        showLoaded(within);
        loading.set(!inventory.isLoaded(scope, ResourceKind.EVENTS) && inventory.isLoading(scope));
    }

    private void showLoaded(List<Event> list) {
        loaded.setAll(list);
        resources.setAll(list.stream().map(Event::resource).filter(Objects::nonNull).distinct().sorted().toList());
    }

    /** The definition says "unix epoch" without a unit: small values are seconds. */
    private static long millis(long timestamp) {
        return timestamp < 100_000_000_000L ? timestamp * 1000 : timestamp;
    }

    @Override
    public void eventsChanged(WorkspaceScope changed, Delta<Event> delta) {
        if (changed.equals(scope) && window.get() != EventWindow.CUSTOM) {
            project();
        }
    }

    @Override
    public void workspaceLoaded(WorkspaceScope changed, Instant at) {
        if (changed.equals(scope) && window.get() != EventWindow.CUSTOM) {
            project();
        }
    }

    @Override
    public void workspaceFailed(WorkspaceScope failed, Problem failure) {
        if (failed.equals(scope) && pageShown && window.get() != EventWindow.CUSTOM) {
            loading.set(false);
            problem.set(failure);
        }
    }

    /** Custom dates: one query of their own, outside the store's week. */
    private void loadCustom() {
        Optional<EventRange> range = range();
        if (range.isEmpty()) {
            current.cancel();
            loading.set(false);
            return;
        }
        current.cancel();
        problem.set(null);
        if (scope == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        current = events.load(scope, range.get()).onSuccess(list -> {
            loading.set(false);
            showLoaded(list);
        }).onFailure(failure -> {
            loading.set(false);
            problem.set(failure);
        });
    }

    public void cancel() {
        current.cancel();
        loading.set(false);
    }

    private void reloadIfCustom() {
        if (window.get() == EventWindow.CUSTOM) {
            loadCustom();
        }
    }

    /** The range to query, or empty (with {@link #rangeErrorProperty()} set) when the custom dates are wrong. */
    Optional<EventRange> range() {
        rangeError.set("");
        EventWindow chosen = window.get();
        if (chosen != EventWindow.CUSTOM) {
            return Optional.of(EventRange.last(chosen.length().orElseThrow(), clock));
        }
        LocalDate from = customFrom.get();
        LocalDate to = customTo.get();
        if (from == null || to == null) {
            rangeError.set(messages.get("events.range.missing"));
            return Optional.empty();
        }
        if (to.isBefore(from)) {
            rangeError.set(messages.get("events.range.backwards"));
            return Optional.empty();
        }
        // whole days in the user's zone: "to" includes its own day
        return Optional.of(new EventRange(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private void updateFilter() {
        shown.setPredicate(new EventFilter(level.get(), resource.get(), filterText.get()));
    }

    public void dismissProblem() {
        problem.set(null);
    }

    /** The events after level, resource and text filters, newest first. */
    public ObservableList<Event> shownEvents() {
        return shown;
    }

    /** The resource types among the loaded events, for the resource filter. */
    public ObservableList<String> resources() {
        return readOnlyResources;
    }

    public ObjectProperty<EventWindow> windowProperty() {
        return window;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    /** Null for every level. */
    public ObjectProperty<String> levelProperty() {
        return level;
    }

    /** Null for every resource. */
    public ObjectProperty<String> resourceProperty() {
        return resource;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rangeErrorProperty() {
        return rangeError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }
}
