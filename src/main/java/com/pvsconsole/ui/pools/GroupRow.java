package com.pvsconsole.ui.pools;

import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.pools.PlacementPolicy;
import java.util.List;
import java.util.Map;

/**
 * One placement group as the tables show it: a server placement group (members are servers) or an SPP
 * placement group (members are pools), with the workspace it lives in.
 *
 * @param memberIds   ids of the servers (or pools) in the group
 * @param memberNames their names, in the same order
 */
public record GroupRow(WorkspaceScope scope, Kind kind, String id, String name, PlacementPolicy policy,
                       List<String> memberIds, List<String> memberNames) {

    /** Server placement groups hold servers; SPP placement groups hold shared processor pools. */
    public enum Kind { SERVERS, POOLS }

    public GroupRow {
        memberIds = List.copyOf(memberIds);
        memberNames = List.copyOf(memberNames);
    }

    static GroupRow of(WorkspaceScope scope, Kind kind, String id, String name, String policy, List<String> ids,
                       Map<String, String> names) {
        List<String> safe = ids == null ? List.of() : ids;
        return new GroupRow(scope, kind, id, name, PlacementPolicy.fromWire(policy), safe,
                safe.stream().map(member -> names.getOrDefault(member, member)).toList());
    }

    /** The group as Copy as code names it. */
    public CodeAction.Ref ref() {
        return new CodeAction.Ref(id, name);
    }

    public String members() {
        return String.join(", ", memberNames);
    }
}
