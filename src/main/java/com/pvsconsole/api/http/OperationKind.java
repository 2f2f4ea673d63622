package com.pvsconsole.api.http;

import com.pvsconsole.api.ApiOperation;
import java.util.Set;

/**
 * What an operation does, read from its method and path template, so a failure can be explained for the
 * situation: a 409 on an action means "already in that state", on a create "the name is taken", on a
 * volume change "the volume is busy or attached".
 */
public enum OperationKind {
    /** GET: safe to repeat. */
    READ,
    /** A POST that makes a new named resource (instance, volume, snapshot, pool...). */
    CREATE,
    /** A POST that asks a resource to do something (power action, restore, start, cancel...). */
    ACTION,
    /** Any change to a volume: grow, rename, tier, attach, detach, clone, delete. */
    VOLUME_CHANGE,
    /** Other updates and deletes. */
    OTHER_WRITE;

    /** Last path segments that name a verb rather than a collection. */
    private static final Set<String> VERBS = Set.of("action", "restore", "start", "execute", "cancel", "capture",
            "operations", "setboot", "console", "members", "move_member", "export");

    public static OperationKind of(ApiOperation operation) {
        String method = operation.method();
        if (method.equals("GET") || method.equals("LOCAL")) {
            return READ;
        }
        String template = operation.pathTemplate();
        String last = template.substring(template.lastIndexOf('/') + 1);
        boolean collectionPost = method.equals("POST") && !last.startsWith("{") && !VERBS.contains(last);
        boolean volumeCreate = collectionPost && (last.equals("volumes") && !template.contains("/pvm-instances/"));
        if (template.contains("/volumes") && !volumeCreate) {
            return VOLUME_CHANGE;
        }
        if (collectionPost) {
            return CREATE;
        }
        if (method.equals("POST") && VERBS.contains(last)) {
            return ACTION;
        }
        return OTHER_WRITE;
    }
}
