package com.pvsconsole.service.export;

import java.util.List;
import java.util.Objects;

/**
 * A table as the user sees it, frozen for export: the visible columns' headers and the shown rows' cell
 * texts, in display order. Every row has one cell per column.
 */
public record TableData(List<String> columns, List<List<String>> rows) {

    public TableData {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> row.stream().map(cell -> Objects.requireNonNullElse(cell, "")).toList())
                .toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
        }
    }
}
