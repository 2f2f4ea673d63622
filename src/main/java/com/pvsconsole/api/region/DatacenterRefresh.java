package com.pvsconsole.api.region;

import com.pvsconsole.api.model.Datacenter;
import com.pvsconsole.api.model.DatacenterLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Merges the live {@code GET /v1/datacenters} answer into a catalog: zones the service reports are added to
 * their region (taken from the datacenter's endpoint URL, {@code https://<region>.power-iaas...}), regions the
 * offline table does not know yet are appended. Nothing is removed: a datacenter in maintenance still exists.
 */
public final class DatacenterRefresh {

    private static final Pattern REGION_HOST = Pattern.compile("^(?:private\\.)?([a-z0-9-]+)\\.power-iaas\\.");

    private DatacenterRefresh() {
    }

    public static RegionCatalog merge(RegionCatalog base, List<Datacenter> datacenters) {
        Map<String, Region> regions = new LinkedHashMap<>();
        base.regions().forEach(r -> regions.put(r.id(), r));
        for (Datacenter datacenter : datacenters) {
            DatacenterLocation location = datacenter.location();
            if (location == null || location.region() == null) {
                continue;
            }
            String zone = location.region().toLowerCase(Locale.ROOT);
            Optional<String> regionId = regionIdFromUrl(location.url()).or(() -> base.regionOfZone(zone).map(Region::id));
            if (regionId.isEmpty()) {
                continue;
            }
            Region known = regions.get(regionId.get());
            regions.put(regionId.get(), known == null
                    ? new Region(regionId.get(), displayName(location, regionId.get()), "Other", null, List.of(zone))
                    : withZone(known, zone));
        }
        return new RegionCatalog(List.copyOf(regions.values()));
    }

    private static Region withZone(Region region, String zone) {
        if (region.hasZone(zone)) {
            return region;
        }
        List<String> zones = new ArrayList<>(region.zones());
        zones.add(zone);
        return new Region(region.id(), region.displayName(), region.geography(), region.privateEndpoint(), zones);
    }

    private static String displayName(DatacenterLocation location, String fallback) {
        return location.regionDisplayName() == null || location.regionDisplayName().isBlank() ? fallback
                : location.regionDisplayName();
    }

    static Optional<String> regionIdFromUrl(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.contains("://") ? url : "https://" + url);
        if (parsed == null) {
            return Optional.empty();
        }
        Matcher m = REGION_HOST.matcher(parsed.host());
        return m.find() && !parsed.host().startsWith("private.") ? Optional.of(m.group(1)) : Optional.empty();
    }
}
