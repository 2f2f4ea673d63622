package com.pvsconsole.ui.events;

import com.pvsconsole.testsupport.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.events.WorkspaceEvents;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.support.OneWorkspaceClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import com.pvsconsole.ui.common.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The events timeline's view-model without a window: same-thread executor, scripted client. */
class EventsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ScriptedClient client = new ScriptedClient();
    private EventsViewModel model;

    /** Answers every events query with {@code events} and records the range asked for. */
    private static final class ScriptedClient extends OneWorkspaceClient {
        final List<Instant[]> queries = new ArrayList<>();
        List<Event> events = List.of();

        @Override
        public List<Event> listEvents(WorkspaceContext ctx, Instant from, Instant to, CancellationToken cancel) {
            queries.add(new Instant[] {from, to});
            return events;
        }
    }

    private static Event event(String level, String resource, String message, Instant at) {
        return JSON.convertValue(Map.of("eventID", message, "level", level, "resource", resource, "action", "update",
                "message", message, "time", at.toString(), "timestamp", at.toEpochMilli(),
                "user", Map.of("userID", "u-1", "name", "Ops Admin")), Event.class);
    }

    @BeforeEach
    void setUp() {
        client.events = List.of(
                event("info", "pvm-instance", "Started aix-db", NOW.minusSeconds(60)),
                event("error", "pvm-instance", "aix-app went to ERROR", NOW.minusSeconds(600)),
                event("warning", "volume", "Volume data-1 is almost full", NOW.minusSeconds(1200)),
                event("info", "network", "Created network app-net", NOW.minusSeconds(7200)));
        InventoryService inventory = Stores.store(client, executor, clock);
        model = new EventsViewModel(inventory, Stores.open(inventory, "us-south", OneWorkspaceClient.PROD),
                new WorkspaceEvents(client, new WorkspaceTasks(executor)),
                new Messages(Locale.ROOT), clock, ZoneOffset.UTC);
    }

    private List<String> shownMessages() {
        return model.shownEvents().stream().map(Event::message).toList();
    }

    @Test
    void should_load_the_last_seven_days_newest_first_and_list_the_resource_types() {
        assertThat(client.queries).hasSize(1);
        assertThat(client.queries.get(0)[0]).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(client.queries.get(0)[1]).as("up to now").isNull();
        assertThat(shownMessages()).containsExactly("Started aix-db", "aix-app went to ERROR",
                "Volume data-1 is almost full", "Created network app-net");
        assertThat(model.resources()).containsExactly("network", "pvm-instance", "volume");
        assertThat(model.countProperty().get()).isEqualTo("4 of 4");
    }

    @Test
    void should_narrow_by_level_resource_and_text_as_the_user_types() {
        model.levelProperty().set("info");
        assertThat(shownMessages()).containsExactly("Started aix-db", "Created network app-net");

        model.resourceProperty().set("pvm-instance");
        assertThat(shownMessages()).containsExactly("Started aix-db");
        assertThat(model.countProperty().get()).isEqualTo("1 of 4");

        model.levelProperty().set("");
        model.filterTextProperty().set("ERR");
        assertThat(shownMessages()).containsExactly("aix-app went to ERROR");

        model.resourceProperty().set("");
        model.filterTextProperty().set("ops admin");
        assertThat(shownMessages()).as("user names match too").hasSize(4);
        assertThat(client.queries).as("filters work on what is loaded").hasSize(1);
    }

    @Test
    void should_narrow_a_shorter_preset_from_the_stores_week_without_a_call() {
        model.windowProperty().set(EventWindow.LAST_HOUR);

        assertThat(client.queries).as("the store already holds the week").hasSize(1);
        assertThat(shownMessages()).containsExactly("Started aix-db", "aix-app went to ERROR",
                "Volume data-1 is almost full");
    }

    @Test
    void should_list_the_week_again_on_reload_and_show_what_arrived() {
        Event fresh = event("info", "volume", "Created volume logs", NOW.minusSeconds(5));
        client.events = List.of(fresh, client.events.get(0));

        model.reload();

        assertThat(client.queries).hasSize(2);
        assertThat(shownMessages()).containsExactly("Created volume logs", "Started aix-db");
    }

    @Test
    void should_query_custom_dates_on_their_own() {
        model.windowProperty().set(EventWindow.CUSTOM);
        model.customFromProperty().set(LocalDate.of(2026, 11, 1));
        model.customToProperty().set(LocalDate.of(2026, 11, 3));

        Instant[] last = client.queries.get(client.queries.size() - 1);
        assertThat(last[0]).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(last[1]).as("the to-date counts whole").isEqualTo(Instant.parse("2026-11-04T00:00:00Z"));
    }

    @Test
    void should_refuse_a_custom_range_that_ends_before_it_starts_without_asking_the_service() {
        model.windowProperty().set(EventWindow.CUSTOM);
        int asked = client.queries.size();

        model.customFromProperty().set(LocalDate.of(2026, 11, 20));
        model.customToProperty().set(LocalDate.of(2026, 11, 10));

        assertThat(model.rangeErrorProperty().get()).isEqualTo("The range ends before it starts");
        assertThat(client.queries).as("only the valid from-date change was sent").hasSize(asked + 1);
        assertThat(client.queries.get(asked)[1]).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }
}
