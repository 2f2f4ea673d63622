package com.pvsconsole.service.search;

/** The search scope of servers (All servers, Instances): every key but volume tier and size. */
public final class ServerSearch {

    private static final SearchScope<Searchable> SCOPE = SearchScope.<Searchable>of("servers")
            .textInFreeText(SearchKey.NAME, Searchable::name)
            .texts(SearchKey.IP, Searchable::ips, true)
            .textInFreeText(SearchKey.ID, Searchable::id)
            .textInFreeText(SearchKey.OS, Searchable::os)
            .text(SearchKey.STATUS, Searchable::status)
            .text(SearchKey.HEALTH, Searchable::health)
            .text(SearchKey.REGION, Searchable::region)
            .text(SearchKey.WORKSPACE, Searchable::workspace)
            .text(SearchKey.TYPE, Searchable::systemType)
            .number(SearchKey.PROC, Searchable::processors)
            .number(SearchKey.MEM, Searchable::memoryGb)
            .build();

    private ServerSearch() {
    }

    public static SearchScope<Searchable> scope() {
        return SCOPE;
    }
}
