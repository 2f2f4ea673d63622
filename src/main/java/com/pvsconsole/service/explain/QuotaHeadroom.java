package com.pvsconsole.service.explain;

import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.CloudInstanceUsageLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What is left of the workspace's limits: servers, cores, memory and storage (from the cloud instance). */
public record QuotaHeadroom(List<Line> lines) {

    /** One resource: used of limit, in its unit. */
    public record Line(String resource, String unit, double used, double limit) {

        public double left() {
            return limit - used;
        }

        public boolean exhausted() {
            return left() <= 0;
        }
    }

    public QuotaHeadroom {
        lines = List.copyOf(lines);
    }

    public static QuotaHeadroom none() {
        return new QuotaHeadroom(List.of());
    }

    public static QuotaHeadroom of(CloudInstance workspace) {
        if (workspace == null || workspace.usage() == null || workspace.limits() == null) {
            return none();
        }
        List<Line> lines = new ArrayList<>();
        add(lines, "servers", "", workspace, CloudInstanceUsageLimits::instances);
        add(lines, "cores", "", workspace, CloudInstanceUsageLimits::processors);
        add(lines, "memory", "GB", workspace, CloudInstanceUsageLimits::memory);
        add(lines, "storage", "GB", workspace, CloudInstanceUsageLimits::storage);
        return new QuotaHeadroom(lines);
    }

    private static void add(List<Line> lines, String resource, String unit, CloudInstance ws,
            Function<CloudInstanceUsageLimits, Double> field) {
        Double used = field.apply(ws.usage());
        Double limit = field.apply(ws.limits());
        if (used != null && limit != null) {
            lines.add(new Line(resource, unit, used, limit));
        }
    }

    public List<Line> exhausted() {
        return lines.stream().filter(Line::exhausted).toList();
    }
}
