package com.pvsconsole.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV per RFC 4180 and JSON objects keyed by column, and the file written beside a temporary one. */
class TableExporterTest {

    private final TableExporter exporter = new TableExporter();
    private final TableData table = new TableData(List.of("Name", "Message"), List.of(
            List.of("plain", "no quoting needed"),
            List.of("with, comma", "say \"hi\""),
            List.of("multi", "line one\nline two")));

    @Test
    void should_quote_fields_with_commas_quotes_or_line_breaks_and_end_lines_with_crlf() {
        String csv = exporter.csv(table);

        assertThat(csv).isEqualTo("Name,Message\r\n"
                + "plain,no quoting needed\r\n"
                + "\"with, comma\",\"say \"\"hi\"\"\"\r\n"
                + "multi,\"line one\nline two\"\r\n");
    }

    @Test
    void should_write_an_array_of_objects_keyed_by_column_in_column_order() throws Exception {
        JsonNode json = new ObjectMapper().readTree(exporter.json(table));

        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(3);
        assertThat(json.get(1).get("Name").asText()).isEqualTo("with, comma");
        assertThat(json.get(1).get("Message").asText()).isEqualTo("say \"hi\"");
        List<String> keys = new ArrayList<>();
        json.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("Name", "Message");
    }

    @Test
    void should_keep_both_values_when_two_columns_share_a_header() throws Exception {
        TableData twins = new TableData(List.of("ID", "ID"), List.of(List.of("a", "b")));

        JsonNode row = new ObjectMapper().readTree(exporter.json(twins)).get(0);

        assertThat(row.get("ID").asText()).isEqualTo("a");
        assertThat(row.get("ID (2)").asText()).isEqualTo("b");
    }

    @Test
    void should_write_the_file_and_report_the_row_count(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("events.csv");
        List<Integer> written = new ArrayList<>();

        new ExportService(new CurrentThreadTaskExecutor()).export(table, ExportFormat.CSV, target)
                .onSuccess(written::add);

        assertThat(written).containsExactly(3);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(exporter.csv(table));
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void should_report_a_folder_that_does_not_exist_as_a_problem_with_a_hint(@TempDir Path dir) {
        Path target = dir.resolve("missing").resolve("events.json");
        List<Problem> problems = new ArrayList<>();

        new ExportService(new CurrentThreadTaskExecutor()).export(table, ExportFormat.JSON, target)
                .onFailure(problems::add);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Could not write events.json");
            assertThat(p.hint()).contains("pick another file");
        });
        assertThat(Files.exists(target)).isFalse();
    }
}
