package com.pvsconsole.service.accounts;

import java.util.List;
import java.util.Objects;

/**
 * What the command line and environment decided for this run.
 *
 * @param httpTrace       log HTTP traces (redacted): {@code --debug-http} or the settings flag
 * @param notices         things to tell the user (e.g. an environment key ignored under --demo)
 * @param remainingArgs   arguments this resolver did not consume, in order
 */
public record StartupConfig(StartupAccount account, boolean httpTrace, List<String> notices,
        List<String> remainingArgs) {

    public StartupConfig {
        Objects.requireNonNull(account, "account");
        notices = List.copyOf(notices);
        remainingArgs = List.copyOf(remainingArgs);
    }
}
