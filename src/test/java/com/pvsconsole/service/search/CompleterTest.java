package com.pvsconsole.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompleterTest {

    private final List<Server> rows = List.of(
            Server.named("a").with("ACTIVE", "OK", "dal10", "prod east"),
            Server.named("b").with("ERROR", "WARNING", "lon06", "prod-eu"),
            Server.named("c").with("active", "OK", "dal10", "test"));
    private final Completer completer = new Completer(ServerSearch.scope(),
            Completer.valuesOf(ServerSearch.scope(), rows));

    @Test
    void should_collect_the_distinct_values_per_enumerable_key() {
        var values = Completer.valuesOf(ServerSearch.scope(), rows);
        assertThat(values.get(SearchKey.STATUS)).containsExactly("ACTIVE", "ERROR");
        assertThat(values.get(SearchKey.REGION)).containsExactly("dal10", "lon06");
        assertThat(values).doesNotContainKey(SearchKey.NAME);
    }

    @Test
    void should_offer_the_keys_of_the_page_while_a_key_is_typed() {
        assertThat(completer.complete("web st", 6)).extracting(Completion::label).containsExactly("status:");
        assertThat(completer.complete("pr", 2)).extracting(Completion::label).containsExactly("proc>=");
        assertThat(completer.complete("ti", 2)).as("tier is not a server key").isEmpty();
    }

    @Test
    void should_offer_the_values_the_data_knows_after_a_key() {
        List<Completion> found = completer.complete("web -status:e", 13);
        assertThat(found).extracting(Completion::label).containsExactly("ERROR", "ACTIVE");
        assertThat(found.get(0).applyTo("web -status:e"))
                .isEqualTo(new Completion.Edit("web -status:ERROR", 17));
    }

    @Test
    void should_quote_a_value_with_spaces_and_keep_the_rest_of_the_text() {
        Completion east = completer.complete("ws:prod status:error", 7).get(0);
        assertThat(east.label()).isEqualTo("prod east");
        assertThat(east.applyTo("ws:prod status:error").text()).isEqualTo("ws:\"prod east\" status:error");
    }

    @Test
    void should_complete_the_last_item_of_a_comma_list() {
        Completion done = completer.complete("status:active,er", 16).get(0);
        assertThat(done.applyTo("status:active,er").text()).isEqualTo("status:active,ERROR");
    }

    @Test
    void should_replace_the_key_being_typed_and_put_the_caret_after_it() {
        Completion key = completer.complete("reg", 3).get(0);
        assertThat(key.applyTo("reg")).isEqualTo(new Completion.Edit("region:", 7));
    }
}
