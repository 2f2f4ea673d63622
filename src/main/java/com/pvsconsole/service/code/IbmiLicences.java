package com.pvsconsole.service.code;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The IBM i licences of an instance update ({@code softwareLicenses}) as the CLI and Terraform take them:
 * CSS and PHA as booleans, RDS as a number of users (none when RDS is off). The fields neither exposes
 * (ibmiDBQ, ibmiPHAFSM, ibmiPHAFSMCount: CLI-TERRAFORM.md 2.1) are listed so the text can say so.
 */
record IbmiLicences(Optional<Boolean> css, Optional<Boolean> pha, Optional<Long> rdsUsers, List<String> unwritten) {

    private static final Set<String> WRITTEN = Set.of("ibmiCSS", "ibmiPHA", "ibmiRDS", "ibmiRDSUsers");

    static Optional<IbmiLicences> of(JsonNode licences) {
        if (licences == null || !licences.isObject() || licences.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> css = bool(licences, "ibmiCSS");
        Optional<Boolean> pha = bool(licences, "ibmiPHA");
        Optional<Long> users = Optional.empty();
        if (licences.hasNonNull("ibmiRDS") || licences.hasNonNull("ibmiRDSUsers")) {
            boolean rds = licences.path("ibmiRDS").asBoolean(licences.path("ibmiRDSUsers").asLong(0) > 0);
            users = Optional.of(rds ? licences.path("ibmiRDSUsers").asLong(0) : 0L);
        }
        List<String> unwritten = new ArrayList<>();
        licences.fieldNames().forEachRemaining(name -> {
            if (!WRITTEN.contains(name) && !licences.get(name).isNull()) {
                unwritten.add(name);
            }
        });
        return Optional.of(new IbmiLicences(css, pha, users, List.copyOf(unwritten)));
    }

    private static Optional<Boolean> bool(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asBoolean()) : Optional.empty();
    }
}
