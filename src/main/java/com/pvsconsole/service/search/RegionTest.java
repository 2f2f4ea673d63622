package com.pvsconsole.service.search;

import com.pvsconsole.api.region.Region;
import com.pvsconsole.api.region.RegionCatalog;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code region:} against the region catalog, because the names people use differ: {@code lon} is
 * {@code eu-gb} in private endpoints and its datacenters are {@code lon04}/{@code lon06}; {@code eu-de}
 * has the zones {@code eu-de-1}/{@code eu-de-2}. A region name (id, private endpoint name or display
 * name) matches every zone of that region; a zone matches itself, and rows that only know its region.
 */
final class RegionTest {

    private final RegionCatalog catalog;

    RegionTest(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    Predicate<String> of(String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        if (w.indexOf('*') >= 0) {
            Predicate<String> glob = TextTest.glob(w);
            return value -> value != null && names(value).stream().anyMatch(glob);
        }
        Optional<Region> named = byName(w);
        if (named.isPresent()) {
            String[] all = names(named.get()).toArray(String[]::new);
            return value -> anyEqualIgnoringCase(value, all);
        }
        Optional<Region> ofZone = catalog.regions().stream().filter(r -> r.hasZone(w)).findFirst();
        if (ofZone.isPresent()) {
            String[] regionOnly = regionNames(ofZone.get()).toArray(String[]::new);
            return value -> value != null && (value.equalsIgnoreCase(w) || anyEqualIgnoringCase(value, regionOnly));
        }
        return value -> TextTest.equals(value, w);
    }

    /** A loop over a handful of names: no lower-cased copy of the row's value per test. */
    private static boolean anyEqualIgnoringCase(String value, String[] names) {
        if (value == null) {
            return false;
        }
        for (String name : names) {
            if (name.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Region> byName(String w) {
        return catalog.regions().stream().filter(r -> regionNames(r).contains(w)).findFirst();
    }

    /** The row's own value and every name of the region it is in, for globs. */
    private Set<String> names(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        Set<String> names = new HashSet<>();
        names.add(v);
        byName(v).or(() -> catalog.regionOfZone(v)).ifPresent(r -> names.addAll(regionNames(r)));
        return names;
    }

    private static Set<String> names(Region region) {
        Set<String> names = new HashSet<>(regionNames(region));
        region.zones().forEach(z -> names.add(z.toLowerCase(Locale.ROOT)));
        return names;
    }

    private static Set<String> regionNames(Region region) {
        Set<String> names = new HashSet<>();
        names.add(region.id().toLowerCase(Locale.ROOT));
        names.add(region.privateEndpoint().toLowerCase(Locale.ROOT));
        names.add(region.displayName().toLowerCase(Locale.ROOT));
        return names;
    }
}
