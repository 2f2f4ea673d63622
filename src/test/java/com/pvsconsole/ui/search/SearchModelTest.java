package com.pvsconsole.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.search.Completion;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.Searchable;
import com.pvsconsole.service.search.ServerSearch;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/** The filter box's view-model without a window: text in, parse and narrowed rows out. */
class SearchModelTest {

    private final SearchModel<Searchable> model = new SearchModel<>(
            new SearchLanguage<>(ServerSearch.scope(), RegionCatalog.loadDefault()));

    private static SearchFieldTest.Row row(String name, String status, String region) {
        return SearchFieldTest.Row.of(name, status, region);
    }

    @Test
    void should_narrow_the_rows_as_the_text_and_the_rows_change() {
        ObservableList<Searchable> rows = FXCollections.observableArrayList(row("a", "ACTIVE", "lon06"));
        FilteredList<Searchable> shown = model.filter(rows);

        model.textProperty().set("region:eu-gb -status:error");
        rows.add(row("b", "ERROR", "lon04"));
        rows.add(row("c", "ACTIVE", "dal10"));

        assertThat(shown).extracting(Searchable::name).containsExactly("a");
        assertThat(model.queryProperty().get().errors()).isEmpty();
    }

    @Test
    void should_offer_region_ids_next_to_the_zones_the_rows_hold_and_follow_new_rows() {
        ObservableList<Searchable> rows = FXCollections.observableArrayList(row("a", "ACTIVE", "lon06"));
        model.filter(rows);
        assertThat(model.complete("region:", 7)).extracting(Completion::label).containsExactly("lon", "lon06");

        rows.add(row("b", "ACTIVE", "eu-de-1"));

        assertThat(model.complete("region:eu", 9)).extracting(Completion::label).containsExactly("eu-de", "eu-de-1");
    }

    @Test
    void should_refilter_ten_thousand_rows_per_keystroke_quickly() {
        String[] regions = {"dal10", "eu-de-1", "lon06", "tok04", "syd05"};
        String[] statuses = {"ACTIVE", "SHUTOFF", "ERROR", "BUILD"};
        List<Searchable> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(row("server-" + i, statuses[i % 4], regions[i % 5]));
        }
        FilteredList<Searchable> shown = model.filter(FXCollections.observableArrayList(many));
        String query = "status:active region:eu-de server-1";
        for (int warm = 0; warm < 20; warm++) {
            model.textProperty().set("");
            model.textProperty().set(query);
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        int keystrokes = 0;
        for (int round = 0; round < 5; round++) {
            for (int end = 1; end <= query.length(); end++) {
                model.textProperty().set(query.substring(0, end));
                keystrokes++;
            }
        }
        double millis = (System.nanoTime() - started) / 1e6 / keystrokes;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / keystrokes;
        System.out.printf("search: 10,000 rows, parse + match + FilteredList per keystroke: %.2f ms wall, %.2f ms CPU%n",
                millis, cpuMillis);
        assertThat(shown).isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo("ACTIVE"));
    }
}
