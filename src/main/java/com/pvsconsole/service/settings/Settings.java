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
 * @param savedViews             the All servers page's saved searches, in navigation order; absent in
 *                               files written before they existed (read as none)
 */
public record Settings(String lastAccountId, String region, EndpointType endpointType, String workspaceId,
        WindowGeometry windowGeometry, Theme theme, int refreshIntervalSeconds,
        Map<String, List<String>> tableColumns, boolean httpTrace, List<SavedView> savedViews) {

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
        savedViews = copyViews(savedViews);
    }

    /** The settings without saved views (the shape before they existed). */
    public Settings(String lastAccountId, String region, EndpointType endpointType, String workspaceId,
                    WindowGeometry windowGeometry, Theme theme, int refreshIntervalSeconds,
                    Map<String, List<String>> tableColumns, boolean httpTrace) {
        this(lastAccountId, region, endpointType, workspaceId, windowGeometry, theme, refreshIntervalSeconds,
                tableColumns, httpTrace, null);
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, 0, null, false, null);
    }

    /** The saved view called {@code name} (names are unique, compared ignoring case). */
    public Optional<SavedView> savedView(String name) {
        return savedViews.stream().filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Adds {@code view}, or replaces the one with the same name in place. */
    public Settings withSavedView(SavedView view) {
        if (!view.isUsable()) {
            throw new IllegalArgumentException("A saved view needs a name");
        }
        List<SavedView> views = new java.util.ArrayList<>(savedViews);
        int at = indexOfView(view.name());
        if (at >= 0) {
            views.set(at, view);
        } else {
            views.add(view);
        }
        return withViews(views);
    }

    public Settings withoutSavedView(String name) {
        List<SavedView> views = new java.util.ArrayList<>(savedViews);
        int at = indexOfView(name);
        if (at >= 0) {
            views.remove(at);
        }
        return withViews(views);
    }

    private int indexOfView(String name) {
        for (int i = 0; i < savedViews.size(); i++) {
            if (savedViews.get(i).name().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    private Settings withViews(List<SavedView> views) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, theme,
                refreshIntervalSeconds, tableColumns, httpTrace, views);
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
                tableColumns, httpTrace, savedViews);
    }

    public Settings withWindowGeometry(WindowGeometry geometry) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, geometry, theme, refreshIntervalSeconds,
                tableColumns, httpTrace, savedViews);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, newTheme,
                refreshIntervalSeconds, tableColumns, httpTrace, savedViews);
    }

    public Settings withRefreshIntervalSeconds(int seconds) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, theme, seconds,
                tableColumns, httpTrace, savedViews);
    }

    public Settings withVisibleColumns(String tableId, List<String> columnIds) {
        Map<String, List<String>> columns = new java.util.LinkedHashMap<>(tableColumns);
        columns.put(tableId, List.copyOf(columnIds));
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, theme,
                refreshIntervalSeconds, columns, httpTrace, savedViews);
    }

    public Settings withHttpTrace(boolean enabled) {
        return new Settings(lastAccountId, region, endpointType, workspaceId, windowGeometry, theme,
                refreshIntervalSeconds, tableColumns, enabled, savedViews);
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

    /** Drops unnamed views and later duplicates of a name (from a hand-edited file). */
    private static List<SavedView> copyViews(List<SavedView> views) {
        if (views == null) {
            return List.of();
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        return views.stream().filter(v -> v != null && v.isUsable())
                .filter(v -> seen.add(v.name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
