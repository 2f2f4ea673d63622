package com.pvsconsole.service.settings;

import com.pvsconsole.api.EndpointType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the console restores on start. Immutable; change it with the {@code with...} methods.
 * Missing or nonsensical values (from an older or hand-edited file) become defaults here, so
 * the rest of the app never sees them. Optional values are null in the record (that keeps the
 * JSON plain); read them through the {@code Optional} accessors.
 *
 * @param refreshIntervalSeconds how often inventory is polled, clamped to 5..3600
 * @param tableColumns           per table id, the ids of its visible columns in display order
 * @param httpTrace              log HTTP requests and responses (redacted) at DEBUG
 */
public record Settings(String lastAccountId, String region, EndpointType endpointType, String workspaceId,
        WindowGeometry windowGeometry, Theme theme, int refreshIntervalSeconds,
        Map<String, List<String>> tableColumns, boolean httpTrace) {

    public static final int DEFAULT_REFRESH_SECONDS = 30;
    public static final int MIN_REFRESH_SECONDS = 5;
    public static final int MAX_REFRESH_SECONDS = 3600;

    public Settings {
        endpointType = endpointType == null ? EndpointType.PUBLIC : endpointType;
        theme = theme == null ? Theme.LIGHT : theme;
        refreshIntervalSeconds = refreshIntervalSeconds <= 0 ? DEFAULT_REFRESH_SECONDS
                : Math.max(MIN_REFRESH_SECONDS, Math.min(MAX_REFRESH_SECONDS, refreshIntervalSeconds));
        tableColumns = tableColumns == null ? Map.of() : copyColumns(tableColumns);
        windowGeometry = windowGeometry != null && windowGeometry.isUsable() ? windowGeometry : null;
        lastAccountId = blankToNull(lastAccountId);
        region = blankToNull(region);
        workspaceId = blankToNull(workspaceId);
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, 0, null, false);
    }

    public Optional<String> lastAccount() {
        return Optional.ofNullable(lastAccountId);
    }

    public Optional<String> lastRegion() {
        return Optional.ofNullable(region);
    }

    public Optional<String> lastWorkspace() {
        return Optional.ofNullable(workspaceId);
    }

    public Optional<WindowGeometry> window() {
        return Optional.ofNullable(windowGeometry);
    }

    /** Visible columns of one table, or empty when the user never changed them (use the table's default). */
    public Optional<List<String>> visibleColumns(String tableId) {
        return Optional.ofNullable(tableColumns.get(tableId));
    }

    /** The account, region and workspace the user was looking at, saved together on every change. */
    public Settings withLocation(String accountId, String newRegion, EndpointType type, String workspace) {
        return new Settings(accountId, newRegion, type, workspace, windowGeometry, theme, refreshIntervalSeconds,
                tableColumns, httpTrace);
    }

    public Settings withWindowGeometry(WindowGeometry geometry) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, geometry, theme, refreshIntervalSeconds,
                tableColumns, httpTrace);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, newTheme,
                refreshIntervalSeconds, tableColumns, httpTrace);
    }

    public Settings withRefreshIntervalSeconds(int seconds) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, theme, seconds,
                tableColumns, httpTrace);
    }

    public Settings withVisibleColumns(String tableId, List<String> columnIds) {
        Map<String, List<String>> columns = new java.util.LinkedHashMap<>(tableColumns);
        columns.put(tableId, List.copyOf(columnIds));
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, theme,
                refreshIntervalSeconds, columns, httpTrace);
    }

    public Settings withHttpTrace(boolean enabled) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, theme,
                refreshIntervalSeconds, tableColumns, enabled);
    }

    private static Map<String, List<String>> copyColumns(Map<String, List<String>> columns) {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        columns.forEach((table, ids) -> {
            if (table != null && ids != null) {
                copy.put(table, ids.stream().filter(id -> id != null && !id.isBlank()).toList());
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
