package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pvsconsole.api.EndpointType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupConfigResolverTest {

    private static final AccountProfile PROD = AccountProfile.newIbmCloud("Prod", null, null, null, null);
    private static final AccountProfile TEST = AccountProfile.newIbmCloud("Test", null, null, null, null);

    private static StartupConfig resolve(Map<String, String> env, List<String> args, List<AccountProfile> saved,
            Optional<String> last) {
        return new StartupConfigResolver(env).resolve(args, saved, last, false);
    }

    @Test
    void should_use_the_environment_key_with_its_overrides_and_not_offer_it_for_storage() {
        Map<String, String> env = Map.of("PVS_CONSOLE_API_KEY", " env-key-0123456789 \n",
                "PVS_CONSOLE_IAM_URL", "http://127.0.0.1:9000",
                "PVS_CONSOLE_API_URL", "http://{region}.localhost:9000",
                "PVS_CONSOLE_ENDPOINT", "private");

        StartupConfig config = resolve(env, List.of(), List.of(PROD), Optional.of(PROD.id()));

        assertThat(config.account()).isInstanceOfSatisfying(StartupAccount.FromEnvironment.class, account -> {
            assertThat(account.key().reveal()).isEqualTo("env-key-0123456789");
            assertThat(account.profile().kind()).isEqualTo(AccountKind.ENVIRONMENT);
            assertThat(account.profile().iamUrlOverride()).contains("http://127.0.0.1:9000");
            assertThat(account.profile().apiUrlTemplateOverride()).contains("http://{region}.localhost:9000");
            assertThat(account.profile().endpointType()).isEqualTo(EndpointType.PRIVATE);
        });
        assertThat(config.toString()).doesNotContain("env-key-0123456789");
    }

    @Test
    void should_force_the_demo_with_the_flag_even_with_an_environment_key() {
        StartupConfig config = resolve(Map.of("PVS_CONSOLE_API_KEY", "env-key-0123456789"),
                List.of("--demo", "--other"), List.of(PROD), Optional.of(PROD.id()));

        assertThat(config.account()).isInstanceOf(StartupAccount.Demo.class);
        assertThat(config.account().profile().isDemo()).isTrue();
        assertThat(config.notices()).singleElement().asString().contains("PVS_CONSOLE_API_KEY");
        assertThat(config.remainingArgs()).containsExactly("--other");
    }

    @Test
    void should_open_the_demo_when_nothing_is_configured() {
        StartupConfig config = resolve(Map.of(), List.of(), List.of(AccountProfile.demo()), Optional.empty());

        assertThat(config.account()).isInstanceOf(StartupAccount.Demo.class);
        assertThat(config.notices()).isEmpty();
        assertThat(config.httpTrace()).isFalse();
    }

    @Test
    void should_reopen_the_last_used_account_or_the_only_one() {
        assertThat(resolve(Map.of(), List.of(), List.of(PROD, TEST), Optional.of(TEST.id())).account())
                .isEqualTo(new StartupAccount.Stored(TEST));
        assertThat(resolve(Map.of(), List.of(), List.of(AccountProfile.demo(), PROD), Optional.empty()).account())
                .isEqualTo(new StartupAccount.Stored(PROD));
        assertThat(resolve(Map.of(), List.of(), List.of(PROD), Optional.of("demo")).account())
                .isInstanceOf(StartupAccount.Demo.class);
        assertThat(resolve(Map.of(), List.of(), List.of(PROD, TEST), Optional.of("removed-id")).account())
                .isInstanceOf(StartupAccount.Demo.class);
    }

    @Test
    void should_turn_on_http_traces_from_the_flag_or_the_setting() {
        StartupConfigResolver resolver = new StartupConfigResolver(Map.of());

        assertThat(resolver.resolve(List.of("--debug-http"), List.of(), Optional.empty(), false).httpTrace()).isTrue();
        assertThat(resolver.resolve(List.of(), List.of(), Optional.empty(), true).httpTrace()).isTrue();
        assertThat(resolver.resolve(List.of("--debug-http"), List.of(), Optional.empty(), false).remainingArgs())
                .isEmpty();
    }

    @Test
    void should_stop_on_an_invalid_override_rather_than_send_the_key_elsewhere() {
        assertThatThrownBy(() -> resolve(Map.of("PVS_CONSOLE_API_KEY", "k-0123456789",
                "PVS_CONSOLE_API_URL", "https://no-placeholder.example.com"), List.of(), List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{region}");
        assertThatThrownBy(() -> resolve(Map.of("PVS_CONSOLE_API_KEY", "k-0123456789",
                "PVS_CONSOLE_ENDPOINT", "sideways"), List.of(), List.of(), Optional.empty()))
                .hasMessageContaining("PVS_CONSOLE_ENDPOINT");
    }
}
