package com.pvsconsole.ui.common;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.ui.dialog.Confirmation;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Names where an action lands, as a confirmation shows it: the workspace of the rows it was
 * opened for and its region ("Dallas (us-south)", private marked), never "the current" one.
 */
public final class Where {

    private static final RegionCatalog CATALOG = RegionCatalog.loadDefault();

    private Where() {
    }

    public static Confirmation.Scope of(WorkspaceScope scope) {
        return scope == null ? new Confirmation.Scope("", "") : new Confirmation.Scope(scope.workspaceName(), region(scope));
    }

    /**
     * Several workspaces (a bulk action on All servers): each named once with its own region,
     * "prod-dallas in Dallas (us-south), dr-tokyo in Tokyo (tok)" (two lists side by side did not
     * say which workspace was where).
     */
    public static Confirmation.Scope of(Collection<WorkspaceScope> scopes) {
        if (scopes.size() == 1) {
            return of(scopes.iterator().next());
        }
        return Confirmation.Scope.several(scopes.stream().map(scope -> scope.workspaceName() + " in " + region(scope))
                .distinct().collect(Collectors.joining(", ")));
    }

    static String region(WorkspaceScope scope) {
        String text = CATALOG.find(scope.region()).map(r -> r.displayName() + " (" + r.id() + ")")
                .orElse(scope.region());
        return scope.endpointType() == EndpointType.PRIVATE ? text + ", private" : text;
    }
}
