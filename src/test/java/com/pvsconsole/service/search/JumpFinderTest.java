package com.pvsconsole.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.search.JumpTarget.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class JumpFinderTest {

    private final List<JumpTarget> targets = List.of(
            new JumpTarget(Kind.SERVER, "db-primary", "dal10", "prod", "i1"),
            new JumpTarget(Kind.VOLUME, "db-vol-data", "lon06", "prod-eu", "v1"),
            new JumpTarget(Kind.VOLUME, "db", "tok04", "test", "v2"),
            new JumpTarget(Kind.NETWORK, "backend-db-net", "dal10", "prod", "n1"),
            new JumpTarget(Kind.WORKSPACE, "prod-eu", "lon06", "", "w1"));

    @Test
    void should_rank_exact_then_prefix_then_substring_then_fuzzy() {
        assertThat(new JumpFinder(targets).find("db", 10)).extracting(JumpTarget::name)
                .containsExactly("db", "db-primary", "db-vol-data", "backend-db-net");
        assertThat(new JumpFinder(targets).find("DBVD", 10)).extracting(JumpTarget::id).containsExactly("v1");
    }

    @Test
    void should_find_nothing_for_letters_out_of_order_and_everything_for_nothing_typed() {
        assertThat(new JumpFinder(targets).find("zz", 10)).isEmpty();
        assertThat(new JumpFinder(targets).find(" ", 3)).hasSize(3);
    }
}
