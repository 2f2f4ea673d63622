package com.pvsconsole.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.search.QueryRunner;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.Searchable;
import com.pvsconsole.service.search.ServerSearch;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TrackedWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A large table searched on the search thread: whatever is typed and however fast, once the
 * search settles the rows shown are those of the text in the box (the last query wins), as a
 * search on the UI thread would show them. The test thread plays the UI thread: it runs the
 * results the runner hands back, one by one, as the FX thread would.
 */
class OffThreadSearchTest {

    private static final String[] STATUSES = {"ACTIVE", "SHUTOFF", "ERROR", "BUILD"};
    private static final String[] REGIONS = {"dal10", "eu-de-1", "lon06", "tok04"};

    private final HandOff ui = new HandOff();
    private final QueryRunner runner = new QueryRunner(ui);
    private final SearchLanguage<Searchable> language = new SearchLanguage<>(ServerSearch.scope(),
            RegionCatalog.loadDefault());
    /** Rows are immutable here, so a row is its own version. */
    private final SearchModel<Searchable> offThread = new SearchModel<>(language, runner, row -> row, 1);
    private final SearchModel<Searchable> onUiThread = new SearchModel<>(language);

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    private static ObservableList<Searchable> rows(int count) {
        List<Searchable> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(SearchFieldTest.Row.of("server-" + i, STATUSES[i % 4], REGIONS[i % 4]));
        }
        return FXCollections.observableArrayList(made);
    }

    @Test
    void should_show_the_rows_of_the_last_text_typed_when_keystrokes_come_faster_than_results() throws Exception {
        // given a large table searched off the UI thread, and the same rows searched on it
        ObservableList<Searchable> rows = rows(5_000);
        FilteredList<Searchable> shown = offThread.filter(rows);
        FilteredList<Searchable> expected = onUiThread.filter(FXCollections.observableArrayList(rows));
        List<Object> predicatesApplied = new ArrayList<>();
        offThread.predicateProperty().addListener((obs, old, now) -> predicatesApplied.add(now));

        // when a query is typed key by key before any result came back
        String typed = "server-12 -status:error";
        for (int end = 1; end <= typed.length(); end++) {
            offThread.textProperty().set(typed.substring(0, end));
        }
        settle();

        // then the rows are those of the whole text, applied once: no older text's rows flashed in between
        onUiThread.textProperty().set(typed);
        assertThat(expected).isNotEmpty().hasSizeLessThan(rows.size());
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(predicatesApplied).hasSize(1);
    }

    @Test
    void should_drop_a_result_that_arrives_after_the_text_changed_again() throws Exception {
        // given a search running for "server-1"
        ObservableList<Searchable> rows = rows(3_000);
        FilteredList<Searchable> shown = offThread.filter(rows);
        offThread.textProperty().set("server-1");

        // when the text changes while its result is on the way, then the result arrives
        offThread.textProperty().set("status:build");
        settle();

        // then the rows shown are those of the text in the box
        assertThat(shown).isNotEmpty().allSatisfy(row -> assertThat(row.status()).isEqualTo("BUILD"));
        assertThat(shown).hasSize((int) rows.stream().filter(row -> row.status().equals("BUILD")).count());
    }

    @Test
    void should_test_rows_that_arrive_while_the_search_runs() throws Exception {
        // given a search on the way
        ObservableList<Searchable> rows = rows(3_000);
        FilteredList<Searchable> shown = offThread.filter(rows);
        offThread.textProperty().set("status:error");

        // when rows arrive (and one goes) before its result
        Searchable late = SearchFieldTest.Row.of("late-one", "ERROR", "dal10");
        Searchable lateActive = SearchFieldTest.Row.of("late-two", "ACTIVE", "dal10");
        rows.addAll(late, lateActive);
        Searchable gone = rows.get(2); // server-2, ERROR
        rows.remove(gone);
        settle();

        // then the shown rows are exactly those that match now
        assertThat(shown).contains(late).doesNotContain(lateActive, gone)
                .allSatisfy(row -> assertThat(row.status()).isEqualTo("ERROR"));
        assertThat(shown).hasSize((int) rows.stream().filter(row -> row.status().equals("ERROR")).count());
    }

    /** Runs what the search thread hands to the "UI thread" until no test is running. */
    private void settle() throws InterruptedException {
        while (offThread.isSettling()) {
            Runnable next = ui.handedOff.poll(30, TimeUnit.SECONDS);
            assertThat(next).as("a search result within 30 s").isNotNull();
            next.run();
        }
    }

    /** A task executor whose UI thread is the test thread: scheduled actions wait to be run by it. */
    private static final class HandOff implements TaskExecutor {
        final BlockingQueue<Runnable> handedOff = new LinkedBlockingQueue<>();

        @Override
        public <T> TaskHandle submit(BackgroundTask<T> task) {
            throw new UnsupportedOperationException("the search does not use the task pool");
        }

        @Override
        public TaskHandle schedule(Duration delay, Runnable action) {
            handedOff.add(action);
            return TaskHandle.none();
        }

        @Override
        public TrackedWork track(String name, String target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void shutdown() {
        }
    }
}
