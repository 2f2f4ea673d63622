package com.pvsconsole.service.accounts;

import com.pvsconsole.api.EndpointType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the start-up account from the command line, the environment and the saved state:
 * {@value #DEMO_FLAG} forces the demo; else {@value #API_KEY_ENV} gives a one-run account
 * (with {@value #IAM_URL_ENV}, {@value #API_URL_ENV} and {@value #ENDPOINT_ENV} applied to
 * it); else the last used saved account, or the only one; else the demo. The environment is
 * passed in, so tests need no process state.
 */
public final class StartupConfigResolver {

    public static final String DEMO_FLAG = "--demo";
    public static final String DEBUG_HTTP_FLAG = "--debug-http";
    public static final String API_KEY_ENV = "PVS_CONSOLE_API_KEY";
    public static final String IAM_URL_ENV = "PVS_CONSOLE_IAM_URL";
    public static final String API_URL_ENV = "PVS_CONSOLE_API_URL";
    public static final String ENDPOINT_ENV = "PVS_CONSOLE_ENDPOINT";

    private final Map<String, String> env;

    public StartupConfigResolver(Map<String, String> env) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /**
     * @throws IllegalArgumentException when an environment override is invalid: better to stop
     *         than to send the key to an endpoint the user did not mean
     */
    public StartupConfig resolve(List<String> args, List<AccountProfile> savedAccounts, Optional<String> lastAccountId,
            boolean httpTraceSetting) {
        boolean forceDemo = args.contains(DEMO_FLAG);
        boolean httpTrace = httpTraceSetting || args.contains(DEBUG_HTTP_FLAG);
        List<String> remaining = args.stream().filter(a -> !a.equals(DEMO_FLAG) && !a.equals(DEBUG_HTTP_FLAG)).toList();
        List<String> notices = new ArrayList<>();
        String envKey = env.get(API_KEY_ENV);
        boolean hasEnvKey = envKey != null && !envKey.isBlank();

        StartupAccount account;
        if (forceDemo) {
            if (hasEnvKey) {
                notices.add(API_KEY_ENV + " is set but " + DEMO_FLAG + " was given: the demo is opened.");
            }
            account = new StartupAccount.Demo(DEMO_FLAG + " was given");
        } else if (hasEnvKey) {
            account = new StartupAccount.FromEnvironment(environmentProfile(), Secret.of(envKey).trimmed());
        } else {
            account = savedAccount(savedAccounts, lastAccountId);
        }
        return new StartupConfig(account, httpTrace, notices, remaining);
    }

    private AccountProfile environmentProfile() {
        return new AccountProfile(AccountProfile.ENVIRONMENT_ID, "Environment key (" + API_KEY_ENV + ")",
                endpointType(), env.get(IAM_URL_ENV), env.get(API_URL_ENV), null, AccountKind.ENVIRONMENT);
    }

    private EndpointType endpointType() {
        String value = env.get(ENDPOINT_ENV);
        if (value == null || value.isBlank()) {
            return EndpointType.PUBLIC;
        }
        try {
            return EndpointType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENDPOINT_ENV + " must be \"public\" or \"private\"", e);
        }
    }

    private static StartupAccount savedAccount(List<AccountProfile> saved, Optional<String> lastAccountId) {
        List<AccountProfile> userAccounts = saved.stream().filter(a -> a.kind() == AccountKind.IBM_CLOUD).toList();
        Optional<AccountProfile> last = lastAccountId.flatMap(id -> userAccounts.stream()
                .filter(a -> a.id().equals(id)).findFirst());
        if (last.isPresent()) {
            return new StartupAccount.Stored(last.get());
        }
        if (lastAccountId.filter(AccountProfile.DEMO_ID::equals).isPresent()) {
            return new StartupAccount.Demo("the demo was used last");
        }
        if (userAccounts.size() == 1) {
            return new StartupAccount.Stored(userAccounts.get(0));
        }
        return new StartupAccount.Demo(userAccounts.isEmpty() ? "no account is configured"
                : "no account was used last; choose one from the top bar");
    }
}
