package com.pvsconsole.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.region.RegionCatalog;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The status chips edit the query text: the same query as typing it. */
class QueryEditsTest {

    @Test
    void should_add_a_status_term_after_the_other_terms() {
        assertThat(QueryEdits.toggle("", SearchKey.STATUS, "error")).isEqualTo("status:error");
        assertThat(QueryEdits.toggle("web proc>=4", SearchKey.STATUS, "error")).isEqualTo("web proc>=4 status:error");
    }

    @Test
    void should_add_a_second_status_as_any_of_and_remove_them_one_by_one() {
        String both = QueryEdits.toggle("web status:error", SearchKey.STATUS, "ACTIVE");
        assertThat(both).isEqualTo("web status:error,active");
        assertThat(QueryEdits.values(both, SearchKey.STATUS)).containsExactly("error", "active");

        String one = QueryEdits.toggle(both, SearchKey.STATUS, "error");
        assertThat(one).isEqualTo("web status:active");
        assertThat(QueryEdits.toggle(one, SearchKey.STATUS, "active")).isEqualTo("web");
    }

    @Test
    void should_keep_terms_before_and_after_and_leave_negated_status_alone() {
        String query = "region:lon status:error -status:build mem>=64";
        assertThat(QueryEdits.toggle(query, SearchKey.STATUS, "error"))
                .isEqualTo("region:lon -status:build mem>=64");
        assertThat(QueryEdits.has(query, SearchKey.STATUS, "build")).isFalse();
        assertThat(QueryEdits.has(query, SearchKey.STATUS, "ERROR")).isTrue();
    }

    @Test
    void should_write_a_query_the_parser_reads_as_any_of_the_chosen_statuses() {
        String query = QueryEdits.withValues("db", SearchKey.STATUS, new java.util.LinkedHashSet<>(Set.of("error")));
        query = QueryEdits.toggle(query, SearchKey.STATUS, "shutoff");
        SearchLanguage<Searchable> search = new SearchLanguage<>(ServerSearch.scope(), RegionCatalog.loadDefault());
        Query parsed = search.parse(query);
        assertThat(parsed.errors()).isEmpty();
        assertThat(search.matcher(parsed).test(Server.named("db1").with("SHUTOFF", "OK", "dal10", "w"))).isTrue();
        assertThat(search.matcher(parsed).test(Server.named("db2").with("ACTIVE", "OK", "dal10", "w"))).isFalse();
    }
}
