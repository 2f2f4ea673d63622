package com.pvsconsole.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {

    @TempDir
    Path config;

    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void runQueued() {
        List<Runnable> tasks = List.copyOf(queued);
        queued.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void should_apply_changes_at_once_and_save_a_burst_in_one_write_on_the_io_executor() {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        SettingsService service = new SettingsService(store, Settings.defaults(), queued::add, problems::add);

        for (int width = 800; width <= 900; width += 10) {
            WindowGeometry dragged = new WindowGeometry(0, 0, width, 600, false);
            service.update(s -> s.withWindowGeometry(dragged));
        }
        service.update(s -> s.withTheme(Theme.DARK));

        assertThat(service.current().theme()).isEqualTo(Theme.DARK);
        assertThat(service.current().window()).hasValueSatisfying(w -> assertThat(w.width()).isEqualTo(900));
        assertThat(queued).hasSize(1);
        assertThat(Files.exists(store.file())).isFalse();

        runQueued();

        assertThat(store.load().value()).isEqualTo(service.current());
        assertThat(problems).isEmpty();
    }

    @Test
    void should_schedule_another_save_for_changes_after_the_last_one() {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        SettingsService service = new SettingsService(store, Settings.defaults(), queued::add, problems::add);
        service.update(s -> s.withTheme(Theme.DARK));
        runQueued();

        service.update(s -> s.withRefreshIntervalSeconds(120));
        runQueued();

        assertThat(store.load().value().refreshIntervalSeconds()).isEqualTo(120);
    }

    @Test
    void should_report_a_failed_save_in_words_and_keep_the_change_in_memory() throws Exception {
        Path blocked = config.resolve("not-a-folder");
        Files.writeString(blocked, "x");
        SettingsService service = new SettingsService(new SettingsStore(blocked, Clock.systemUTC()),
                Settings.defaults(), Runnable::run, problems::add);

        service.update(s -> s.withTheme(Theme.DARK));

        assertThat(problems).containsExactly(SettingsService.SAVE_FAILED);
        assertThat(service.current().theme()).isEqualTo(Theme.DARK);
    }
}
