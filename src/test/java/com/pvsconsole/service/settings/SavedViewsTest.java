package com.pvsconsole.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved views (name, query, visible columns) are kept in settings.json and survive a restart. */
class SavedViewsTest {

    @TempDir
    Path config;

    private SettingsService start() {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        return new SettingsService(store, store.load().value(), Runnable::run, problem -> { });
    }

    @Test
    void should_survive_a_restart() {
        // given two views saved, one then replaced under the same name
        SettingsService first = start();
        first.update(s -> s.withSavedView(new SavedView("Broken in EU", "status:error region:eu-de",
                List.of("name", "status", "region"))));
        first.update(s -> s.withSavedView(new SavedView("Big", "mem>=64", List.of())));
        first.update(s -> s.withSavedView(new SavedView("broken in eu", "status:error,warning region:eu-de",
                List.of("name", "workspace"))));

        // when the console starts again with a fresh service reading the same file
        SettingsService second = start();

        // then the views are there, in order, with the replacement in place
        assertThat(second.current().savedViews()).containsExactly(
                new SavedView("broken in eu", "status:error,warning region:eu-de", List.of("name", "workspace")),
                new SavedView("Big", "mem>=64", List.of()));
        assertThat(second.current().savedView("BIG")).map(SavedView::query).hasValue("mem>=64");
    }

    @Test
    void should_remove_a_view_and_keep_the_others() {
        SettingsService service = start();
        service.update(s -> s.withSavedView(new SavedView("a", "web", List.of()))
                .withSavedView(new SavedView("b", "db", List.of())));
        service.update(s -> s.withoutSavedView("A"));

        assertThat(start().current().savedViews()).extracting(SavedView::name).containsExactly("b");
    }

    @Test
    void should_read_a_file_from_before_saved_views_as_none_and_keep_its_other_settings() throws Exception {
        Files.writeString(config.resolve(SettingsStore.FILE_NAME), """
                {"theme":"DARK","refreshIntervalSeconds":60,"tableColumns":{"instances":["name"]},"httpTrace":false}
                """);

        Settings loaded = start().current();

        assertThat(loaded.savedViews()).isEmpty();
        assertThat(loaded.theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.refreshIntervalSeconds()).isEqualTo(60);
    }

    @Test
    void should_drop_unnamed_and_duplicate_views_from_a_hand_edited_file() throws Exception {
        Files.writeString(config.resolve(SettingsStore.FILE_NAME), """
                {"savedViews":[{"name":"x","query":"web"},{"name":" ","query":"db"},{"name":"X","query":"dup"},
                 {"name":"y"}]}
                """);

        assertThat(start().current().savedViews()).containsExactly(
                new SavedView("x", "web", List.of()), new SavedView("y", "", List.of()));
    }
}
