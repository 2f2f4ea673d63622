package com.pvsconsole.service.accounts;

import java.util.Optional;

/** Opens the console on a connection (the app rebuilds client, inventory and window). UI thread. */
@FunctionalInterface
public interface AccountActivator {

    /**
     * @param start the workspace to open first when the account was just discovered; empty to
     *              use the saved location or the connection's home region
     */
    void activate(AccountConnection connection, Optional<FoundWorkspace> start);
}
