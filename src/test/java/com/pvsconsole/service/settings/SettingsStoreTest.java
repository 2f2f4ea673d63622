package com.pvsconsole.service.settings;

import com.pvsconsole.api.EndpointType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T18:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path config;

    private SettingsStore store() {
        return new SettingsStore(config, CLOCK);
    }

    @Test
    void should_start_from_defaults_without_notice_when_no_file_exists() {
        LoadResult<Settings> result = store().load();

        assertThat(result.value()).isEqualTo(Settings.defaults());
        assertThat(result.notice()).isEmpty();
        assertThat(result.value().theme()).isEqualTo(Theme.LIGHT);
        assertThat(result.value().refreshIntervalSeconds()).isEqualTo(Settings.DEFAULT_REFRESH_SECONDS);
    }

    @Test
    void should_restore_every_field_after_a_round_trip() throws IOException {
        Settings saved = Settings.defaults()
                .withLocation("acc-1", "dal10", EndpointType.PRIVATE, "ws-42")
                .withWindowGeometry(new WindowGeometry(10, 20, 1400, 900, true))
                .withTheme(Theme.DARK)
                .withRefreshIntervalSeconds(60)
                .withVisibleColumns("instances", List.of("name", "status", "ip"))
                .withHttpTrace(true);

        store().save(saved);
        LoadResult<Settings> loaded = new SettingsStore(config, CLOCK).load();

        assertThat(loaded.notice()).isEmpty();
        assertThat(loaded.value()).isEqualTo(saved);
        assertThat(loaded.value().visibleColumns("instances")).contains(List.of("name", "status", "ip"));
        assertThat(loaded.value().lastRegion()).contains("dal10");
    }

    @Test
    void should_set_aside_a_corrupt_file_and_use_defaults_with_a_notice() throws IOException {
        Path file = config.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{\"theme\": \"DARK\", \"region\": ", StandardCharsets.UTF_8);

        LoadResult<Settings> result = store().load();

        Path backup = config.resolve("settings.json.corrupt-20261129T183005Z");
        assertThat(result.value()).isEqualTo(Settings.defaults());
        assertThat(result.notice()).hasValueSatisfying(n -> assertThat(n).contains("damaged").contains(backup.toString()));
        assertThat(file).doesNotExist();
        assertThat(backup).hasContent("{\"theme\": \"DARK\", \"region\": ");
    }

    @Test
    void should_keep_earlier_backups_when_corrupted_twice_in_the_same_second() throws IOException {
        Path file = config.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "first");
        store().load();
        Files.writeString(file, "second");

        store().load();

        assertThat(config.resolve("settings.json.corrupt-20261129T183005Z")).hasContent("first");
        assertThat(config.resolve("settings.json.corrupt-20261129T183005Z-1")).hasContent("second");
    }

    @Test
    void should_ignore_unknown_fields_and_default_missing_or_bad_ones() throws IOException {
        Files.writeString(config.resolve(SettingsStore.FILE_NAME),
                "{\"theme\":\"PURPLE\",\"region\":\"lon06\",\"futureField\":{\"a\":1},\"refreshIntervalSeconds\":1}");

        LoadResult<Settings> result = store().load();

        assertThat(result.notice()).isEmpty();
        assertThat(result.value().region()).isEqualTo("lon06");
        assertThat(result.value().theme()).isEqualTo(Theme.LIGHT);
        assertThat(result.value().refreshIntervalSeconds()).isEqualTo(Settings.MIN_REFRESH_SECONDS);
        assertThat(result.value().endpointType()).isEqualTo(EndpointType.PUBLIC);
        assertThat(result.value().window()).isEmpty();
    }

    @Test
    void should_treat_an_empty_json_null_document_as_damaged() throws IOException {
        Files.writeString(config.resolve(SettingsStore.FILE_NAME), "null");

        LoadResult<Settings> result = store().load();

        assertThat(result.notice()).isPresent();
        assertThat(config.resolve("settings.json.corrupt-20261129T183005Z")).hasContent("null");
    }

    @Test
    void should_leave_no_temporary_files_after_saving() throws IOException {
        SettingsStore store = store();
        for (int i = 0; i < 5; i++) {
            store.save(Settings.defaults().withRefreshIntervalSeconds(10 + i));
        }

        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsStore.FILE_NAME);
        }
        assertThat(store.load().value().refreshIntervalSeconds()).isEqualTo(14);
    }

    @Test
    void should_create_the_config_folder_when_saving() throws IOException {
        SettingsStore store = new SettingsStore(config.resolve("a/b"), CLOCK);

        store.save(Settings.defaults().withTheme(Theme.DARK));

        assertThat(store.load().value().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void should_refuse_to_overwrite_a_damaged_file_that_could_not_be_set_aside() throws IOException {
        Path file = config.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{broken");
        JsonFileStore<Settings> store = new JsonFileStore<>(file, Settings.class, Settings::defaults, "settings",
                CLOCK, (from, to) -> {
                    throw new java.nio.file.AccessDeniedException(to.toString());
                });

        LoadResult<Settings> result = store.load();

        assertThat(result.value()).isEqualTo(Settings.defaults());
        assertThat(result.notice()).hasValueSatisfying(n -> assertThat(n).contains("left untouched"));
        assertThatThrownBy(() -> store.save(Settings.defaults().withTheme(Theme.DARK)))
                .isInstanceOf(IOException.class);
        assertThat(file).hasContent("{broken");
    }
}
