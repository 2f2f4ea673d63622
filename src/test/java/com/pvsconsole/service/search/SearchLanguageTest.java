package com.pvsconsole.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.region.RegionCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search language over servers: every term, negation, quoting, and errors with reason and span. */
class SearchLanguageTest {

    private static final RegionCatalog CATALOG = RegionCatalog.loadDefault();
    private final SearchLanguage<Searchable> search = new SearchLanguage<>(ServerSearch.scope(), CATALOG);

    private final Server web1 = Server.named("web 01").withIps("10.20.10.13", "192.168.1.5")
            .with("ACTIVE", "OK", "eu-de-1", "prod-eu").sized("aix", "s922", 4, 64);
    private final Server web2 = Server.named("web-02").withIps("10.20.10.14")
            .with("ERROR", "WARNING", "eu-de-2", "prod-eu").sized("rhel", "e980", 0.5, 16);
    private final Server db = Server.named("db01").withIps("10.30.0.4")
            .with("SHUTOFF", "CRITICAL", "lon06", "test").sized("ibmi", "s922", 2, 128);
    private final Server tokyo = Server.named("batch").withIps("10.40.0.9")
            .with("ACTIVE", "OK", "tok", "production").sized("sles", "s1022", 8, 256);
    private final List<Server> all = List.of(web1, web2, db, tokyo);

    private List<String> names(String query) {
        var keep = search.matcher(query);
        return all.stream().filter(keep).map(Server::name).toList();
    }

    @Test
    void should_match_free_text_against_name_ip_id_and_os_ignoring_case() {
        assertThat(names("WEB")).containsExactly("web 01", "web-02");
        assertThat(names("10.20.10.13")).containsExactly("web 01");
        assertThat(names("id-db")).containsExactly("db01");
        assertThat(names("IBMi")).containsExactly("db01");
        assertThat(names("")).hasSize(4);
    }

    @Test
    void should_match_each_key() {
        assertThat(names("status:error")).containsExactly("web-02");
        assertThat(names("health:warning")).containsExactly("web-02");
        assertThat(names("os:aix")).containsExactly("web 01");
        assertThat(names("type:s922")).containsExactly("web 01", "db01");
        assertThat(names("ip:10.30.0.4")).containsExactly("db01");
        assertThat(names("name:db")).containsExactly("db01");
        assertThat(names("id:id-batch")).containsExactly("batch");
        assertThat(names("ws:test")).containsExactly("db01");
    }

    @Test
    void should_match_any_of_a_comma_list() {
        assertThat(names("status:error,shutoff")).containsExactly("web-02", "db01");
    }

    @Test
    void should_match_workspace_globs() {
        assertThat(names("ws:prod*")).containsExactly("web 01", "web-02", "batch");
        assertThat(names("ws:*eu")).containsExactly("web 01", "web-02");
        assertThat(names("ws:prod")).isEmpty();
    }

    @Test
    void should_compare_numbers_with_every_operator_and_decimals() {
        assertThat(names("proc>=4")).containsExactly("web 01", "batch");
        assertThat(names("proc>4")).containsExactly("batch");
        assertThat(names("proc<=2")).containsExactly("web-02", "db01");
        assertThat(names("proc<2")).containsExactly("web-02");
        assertThat(names("proc=0.5")).containsExactly("web-02");
        assertThat(names("proc:0.5")).containsExactly("web-02");
        assertThat(names("mem>=64")).containsExactly("web 01", "db01", "batch");
        assertThat(names("mem>=128gb")).containsExactly("db01", "batch");
    }

    @Test
    void should_and_terms_together() {
        assertThat(names("type:s922 mem>=64 web")).containsExactly("web 01");
    }

    @Test
    void should_negate_any_term() {
        assertThat(names("-status:active")).containsExactly("web-02", "db01");
        assertThat(names("-web")).containsExactly("db01", "batch");
        assertThat(names("-\"web 01\"")).containsExactly("web-02", "db01", "batch");
        assertThat(names("-proc>=4")).containsExactly("web-02", "db01");
    }

    @Test
    void should_take_quoted_values_with_spaces() {
        assertThat(names("name:\"web 01\"")).containsExactly("web 01");
        assertThat(names("\"web 01\"")).containsExactly("web 01");
    }

    @Test
    void should_match_a_region_by_its_id_its_zones_and_its_other_names() {
        // eu-de has the zones eu-de-1 and eu-de-2; lon is eu-gb in private endpoints and lon04/lon06 as zones
        assertThat(names("region:eu-de")).containsExactly("web 01", "web-02");
        assertThat(names("region:eu-de-1")).containsExactly("web 01");
        assertThat(names("region:lon")).containsExactly("db01");
        assertThat(names("region:eu-gb")).containsExactly("db01");
        assertThat(names("region:jp-tok")).containsExactly("batch");
        assertThat(names("-region:eu-de")).containsExactly("db01", "batch");
    }

    @Test
    void should_let_a_zone_find_rows_that_only_know_its_region() {
        Server regionOnly = Server.named("r").with("ACTIVE", "OK", "eu-de", "w");
        assertThat(search.matcher("region:eu-de-2").test(regionOnly)).isTrue();
        assertThat(search.matcher("region:lon04").test(regionOnly)).isFalse();
    }

    @Test
    void should_glob_regions_over_all_their_names() {
        assertThat(names("region:eu-*")).containsExactly("web 01", "web-02", "db01");
    }

    @Test
    void should_report_an_unknown_key_with_its_span_and_apply_the_rest() {
        Query query = search.parse("web colour:red");
        assertThat(query.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("unknown key 'colour'").contains("status");
            assertThat(query.text().substring(e.start(), e.end())).isEqualTo("colour");
            assertThat(e.term()).isEqualTo("colour:red");
        });
        assertThat(names("web colour:red")).containsExactly("web 01", "web-02");
    }

    @Test
    void should_report_a_bad_number_on_its_value() {
        Query query = search.parse("proc>=abc status:active");
        assertThat(query.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("'abc' is not a number");
            assertThat(query.text().substring(e.start(), e.end())).isEqualTo("abc");
            assertThat(e.term()).isEqualTo("proc>=abc");
        });
        assertThat(query.terms()).extracting(Term::key).containsExactly(SearchKey.STATUS);
    }

    @Test
    void should_report_an_empty_value_over_the_term() {
        Query query = search.parse("web status: db");
        assertThat(query.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("'status:' needs a value");
            assertThat(query.text().substring(e.start(), e.end())).isEqualTo("status:");
            assertThat(e.term()).isEqualTo("status:");
        });
        assertThat(query.terms()).hasSize(2);
    }

    @Test
    void should_report_an_unbalanced_quote_from_the_quote_to_the_end() {
        Query query = search.parse("status:error name:\"web 01");
        assertThat(query.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("missing closing quote");
            assertThat(query.text().substring(e.start(), e.end())).isEqualTo("\"web 01");
            assertThat(e.term()).isEqualTo("name:\"web 01");
        });
        assertThat(names("status:error name:\"web 01")).containsExactly("web-02");
    }

    @Test
    void should_refuse_an_ordering_on_a_text_key() {
        Query query = search.parse("status>=error");
        assertThat(query.errors()).singleElement().satisfies(e ->
                assertThat(e.reason()).contains("'status' compares text"));
    }

    @Test
    void should_say_a_key_does_not_apply_to_a_page() {
        SearchScope<Server> volumes = SearchScope.<Server>of("volumes").textInFreeText(SearchKey.NAME, Server::name)
                .build();
        Query query = new QueryParser(volumes).parse("proc>=4");
        assertThat(query.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("'proc' does not apply to volumes");
            assertThat(e.start()).isZero();
            assertThat(e.end()).isEqualTo(4);
        });
    }

    @Test
    void should_give_each_term_its_span_and_ignore_a_lone_minus() {
        Query query = search.parse("  -status:error  web -");
        assertThat(query.errors()).isEmpty();
        assertThat(query.terms()).extracting(t -> query.text().substring(t.start(), t.end()))
                .containsExactly("-status:error", "web");
    }

    @Test
    void should_match_ten_thousand_rows_fast() {
        // given 10,000 servers over 5 regions and a 3-term query
        String[] regions = {"dal10", "eu-de-1", "lon06", "tok04", "syd05"};
        String[] statuses = {"ACTIVE", "SHUTOFF", "ERROR", "BUILD"};
        List<Server> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(Server.named("server-" + i).withIps("10." + (i / 250) + "." + (i % 250) + ".7")
                    .with(statuses[i % 4], "OK", regions[i % 5], "ws-" + (i % 20)).sized("aix", "s922", i % 16, 64));
        }
        String query = "status:active region:eu-de proc>=4";
        var expected = rows.stream().filter(s -> s.status().equals("ACTIVE") && s.region().equals("eu-de-1")
                && s.processors() >= 4).count();
        // warm up the JIT, then measure parse + compile + filter
        for (int i = 0; i < 30; i++) {
            rows.stream().filter(search.matcher(query)).count();
        }
        int runs = 50;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        long kept = 0;
        for (int i = 0; i < runs; i++) {
            var keep = search.matcher(query);
            kept = 0;
            for (Server s : rows) {
                if (keep.test(s)) {
                    kept++;
                }
            }
        }
        double millis = (System.nanoTime() - started) / 1e6 / runs;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / runs;
        // CPU time as well as wall time: on a shared machine the wall time mostly measures the others
        System.out.printf("search: 10,000 rows, 3-term query: %.3f ms wall, %.3f ms CPU per pass (%d kept)%n",
                millis, cpuMillis, kept);
        assertThat(kept).isEqualTo(expected).isPositive();
    }
}
