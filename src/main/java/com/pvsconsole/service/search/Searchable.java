package com.pvsconsole.service.search;

import java.util.List;

/**
 * A server as the search language sees it. The All servers rows implement (or adapt to) this and
 * filter with {@link ServerSearch#scope()}. Unknown numbers are {@link Double#NaN} (no comparison
 * holds for them); unknown text is null.
 */
public interface Searchable {

    String name();

    String id();

    List<String> ips();

    String os();

    String status();

    String health();

    /** The region id or the zone (CRN location) the server's workspace is in. */
    String region();

    String workspace();

    String systemType();

    double processors();

    double memoryGb();
}
