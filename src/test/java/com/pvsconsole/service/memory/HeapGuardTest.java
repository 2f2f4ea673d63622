package com.pvsconsole.service.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeapGuardTest {

    private final ScriptedReadings readings = new ScriptedReadings();
    private final HeapGuard guard = new HeapGuard(readings, new HeapSetting(Optional.empty()));
    private final List<HeapStatus> published = new ArrayList<>();

    @BeforeEach
    void start() {
        guard.addListener(published::add);
        guard.start();
    }

    @Test
    void should_watch_the_old_generation_at_85_percent_of_its_limit() {
        assertThat(readings.threshold()).isEqualTo(0.85);
        assertThat(guard.status().shortOfMemory()).isFalse();
    }

    @Test
    void should_publish_short_once_when_two_collections_in_a_row_leave_the_heap_above_the_line() {
        // given a fleet that fits: collections leave 80 of 128 MB
        readings.collected(80, 128);
        readings.collected(112, 128); // one collection above the line: old garbage a concurrent cycle may clear
        assertThat(published).isEmpty();

        // when the next one is still above it, and more follow
        readings.collected(115, 128);
        readings.collected(120, 128);
        readings.collected(126, 128);

        // then "short" is published once, with the limit the hint names
        assertThat(published).hasSize(1);
        assertThat(published.get(0).shortOfMemory()).isTrue();
        assertThat(published.get(0).maxMegabytes()).isEqualTo(128);
        assertThat(published.get(0).suggestedMegabytes()).isEqualTo(256);
        assertThat(guard.status()).isEqualTo(published.get(0));
    }

    @Test
    void should_not_warn_for_a_single_collection_above_the_line() {
        readings.collected(112, 128);
        readings.collected(90, 128);
        readings.collected(112, 128);

        assertThat(published).isEmpty();
    }

    @Test
    void should_clear_only_below_the_lower_line_and_warn_again_on_a_new_crossing() {
        // given short
        readings.collected(115, 128);
        readings.collected(115, 128);
        // when it hovers between the lines (80 % and 72 %), nothing changes: no blinking
        readings.collected(102, 128);
        readings.collected(92, 128);
        assertThat(published).extracting(HeapStatus::shortOfMemory).containsExactly(true);

        // when a collection leaves it under 70 %
        readings.collected(80, 128);
        // then fine again
        assertThat(published).extracting(HeapStatus::shortOfMemory).containsExactly(true, false);
        assertThat(guard.status().shortOfMemory()).isFalse();

        // and a new crossing warns again
        readings.collected(120, 128);
        readings.collected(121, 128);
        assertThat(published).extracting(HeapStatus::shortOfMemory).containsExactly(true, false, true);
    }

    @Test
    void should_stop_watching_when_closed() {
        guard.close();

        assertThat(readings.closed()).isTrue();
    }

    @Test
    void should_name_the_installed_launchers_cfg_per_os_and_no_file_outside_an_installation() {
        assertThat(HeapSetting.forLauncher("Linux", true).configFile())
                .contains("/opt/pvs-console/lib/app/pvs-console.cfg");
        assertThat(HeapSetting.forLauncher("Windows 11", true).configFile())
                .contains("C:\\Program Files\\pvs-console\\app\\pvs-console.cfg");
        assertThat(HeapSetting.forLauncher("Mac OS X", true).configFile())
                .contains("/Applications/pvs-console.app/Contents/app/pvs-console.cfg");
        assertThat(HeapSetting.forLauncher("Linux", false).configFile()).isEmpty();
    }

    @Test
    void should_find_an_old_generation_pool_in_this_jvm() {
        assertThat(OldGenerationReadings.oldGeneration()).isPresent();
    }
}
