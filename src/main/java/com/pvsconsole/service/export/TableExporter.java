package com.pvsconsole.service.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns {@link TableData} into text. CSV follows RFC 4180: a header line, CRLF line ends, and a field is
 * quoted when it holds a comma, a quote, CR or LF, with quotes doubled. JSON is an array of objects keyed by
 * column header, in column order. If two visible columns share a header the later key gets " (2)" so no
 * value is lost.
 */
public final class TableExporter {

    private static final String CRLF = "\r\n";
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String format(TableData table, ExportFormat format) {
        return format == ExportFormat.CSV ? csv(table) : json(table);
    }

    public String csv(TableData table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns());
        table.rows().forEach(row -> line(out, row));
        return out.toString();
    }

    public String json(TableData table) {
        List<String> keys = uniqueKeys(table.columns());
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            for (List<String> row : table.rows()) {
                generator.writeStartObject();
                for (int i = 0; i < keys.size(); i++) {
                    generator.writeStringField(keys.get(i), row.get(i));
                }
                generator.writeEndObject();
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append(CRLF);
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static List<String> uniqueKeys(List<String> columns) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        return columns.stream().map(name -> {
            int n = seen.merge(name, 1, Integer::sum);
            return n == 1 ? name : name + " (" + n + ")";
        }).toList();
    }
}
