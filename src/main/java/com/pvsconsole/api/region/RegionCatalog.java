package com.pvsconsole.api.region;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.PowerVsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The known regions (offline default from {@code /pvs-console/regions.json}) and lookups over them. */
public final class RegionCatalog {

    public static final String RESOURCE = "/pvs-console/regions.json";

    private final Map<String, Region> byId = new LinkedHashMap<>();

    public RegionCatalog(List<Region> regions) {
        regions.forEach(r -> byId.put(r.id(), r));
    }

    /**
     * The catalog shipped with the console. Read once per process: it never changes while the
     * console runs, and a dozen view-models and code generators ask for it, several while the first
     * window is built on the FX thread (each read was a new ObjectMapper and a JSON parse there).
     */
    public static RegionCatalog loadDefault() {
        return Shipped.CATALOG;
    }

    /** Read when first asked for (start-up asks on a background thread, before the window). */
    private static final class Shipped {
        static final RegionCatalog CATALOG = read();
    }

    private static RegionCatalog read() {
        try (InputStream in = RegionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Region catalog " + RESOURCE + " is missing from the classpath");
            }
            return new RegionCatalog(new ObjectMapper().readValue(in, CatalogFile.class).regions());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read region catalog " + RESOURCE, e);
        }
    }

    public List<Region> regions() {
        return List.copyOf(byId.values());
    }

    public Optional<Region> find(String regionId) {
        return Optional.ofNullable(regionId).map(id -> byId.get(id.strip().toLowerCase(Locale.ROOT)));
    }

    /** The region, or a clear INVALID_INPUT error naming the unknown id, before any network call. */
    public Region require(String regionId) {
        return find(regionId).orElseThrow(() -> PowerVsException.invalidInput("input.region.unknown",
                "Unknown Power VS region '" + regionId + "'; known: " + String.join(", ", byId.keySet())));
    }

    /**
     * The region a zone (CRN location) belongs to. Zones missing from the table fall back to the rule
     * IBM's SDK uses: strip trailing digits ({@code dal10} -> {@code dal}) and look that up.
     */
    public Optional<Region> regionOfZone(String zone) {
        if (zone == null) {
            return Optional.empty();
        }
        String z = zone.strip().toLowerCase(Locale.ROOT);
        return byId.values().stream().filter(r -> r.hasZone(z)).findFirst()
                .or(() -> find(z.replaceAll("-?\\d+$", "")));
    }

    /** Regions grouped by geography, in catalog order, for a grouped picker. */
    public Map<String, List<Region>> byGeography() {
        return byId.values().stream()
                .collect(Collectors.groupingBy(Region::geography, LinkedHashMap::new, Collectors.toList()));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record CatalogFile(List<Region> regions) {
    }
}
