package com.pvsconsole.ui.shell;

import com.pvsconsole.api.region.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An entry of the region picker: a geography heading (not selectable) or a region. */
record RegionItem(String geography, Region region) {

    boolean isHeading() {
        return region == null;
    }

    String text() {
        return isHeading() ? geography : region.displayName() + "  (" + region.id() + ")";
    }

    static List<RegionItem> grouped(Map<String, List<Region>> byGeography) {
        List<RegionItem> items = new ArrayList<>();
        byGeography.forEach((geography, regions) -> {
            items.add(new RegionItem(geography, null));
            regions.forEach(r -> items.add(new RegionItem(geography, r)));
        });
        return items;
    }
}
