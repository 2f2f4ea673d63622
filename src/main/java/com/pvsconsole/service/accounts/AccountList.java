package com.pvsconsole.service.accounts;

import java.util.List;

/** The shape of {@code accounts.json}: the user's accounts, without keys and without the demo. */
record AccountList(int version, List<AccountProfile> accounts) {

    static final int CURRENT_VERSION = 1;

    AccountList {
        accounts = accounts == null ? List.of()
                : accounts.stream().filter(a -> a != null && a.kind() == AccountKind.IBM_CLOUD).toList();
        version = CURRENT_VERSION;
    }

    static AccountList empty() {
        return new AccountList(CURRENT_VERSION, List.of());
    }
}
