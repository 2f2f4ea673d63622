package com.pvsconsole.service.snapshots;

import com.pvsconsole.service.provisioning.Violation;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a snapshot name as the user types, before anything is sent: the definition's limits (at most 120
 * characters of letters, digits, '.', '_', '-') and the service's rule that names are unique in the
 * workspace. The UI words the {@link Violation} keys.
 */
public final class SnapshotRules {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 255;
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_.-]+$");

    private SnapshotRules() {
    }

    /** {@code rule.snapshot.name.required|tooLong|pattern|taken}, or empty when the name may be used. */
    public static Optional<Violation> name(String name, Collection<String> existingNames) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            return Optional.of(Violation.of("rule.snapshot.name.required"));
        }
        if (value.length() > MAX_NAME) {
            return Optional.of(Violation.of("rule.snapshot.name.tooLong", MAX_NAME, value.length()));
        }
        if (!NAME.matcher(value).matches()) {
            return Optional.of(Violation.of("rule.snapshot.name.pattern"));
        }
        if (existingNames.contains(value)) {
            return Optional.of(Violation.of("rule.snapshot.name.taken", value));
        }
        return Optional.empty();
    }

    /** {@code rule.snapshot.description.tooLong}, or empty. */
    public static Optional<Violation> description(String description) {
        int length = description == null ? 0 : description.length();
        return length > MAX_DESCRIPTION
                ? Optional.of(Violation.of("rule.snapshot.description.tooLong", MAX_DESCRIPTION, length))
                : Optional.empty();
    }

    /**
     * A restore without force needs the instance shut off; {@code rule.snapshot.restore.running} says to stop
     * it first (or to force, with applications quiesced).
     */
    public static Optional<Violation> restore(String instanceStatus, boolean force) {
        return force || "SHUTOFF".equalsIgnoreCase(instanceStatus) ? Optional.empty()
                : Optional.of(Violation.of("rule.snapshot.restore.running", instanceStatus));
    }
}
