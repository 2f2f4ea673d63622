package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.OperatingSystem;
import com.pvsconsole.service.settings.Settings;
import com.pvsconsole.testsupport.SecretScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupLoaderTest {

    private static final String ENV_KEY = "environment-key-0123456789";

    @TempDir
    Path home;

    private final List<String> masked = new ArrayList<>();
    private final SecretMasker recordingMasker = secret -> masked.add(secret.reveal());

    private AppDirectories dirs() {
        return AppDirectories.resolve(OperatingSystem.LINUX, Map.of(), home, null);
    }

    private static SecretStoreFactory noKeychain() {
        return new SecretStoreFactory(() -> {
            throw new IllegalStateException("no D-Bus");
        });
    }

    private StartupLoader loader(Map<String, String> env, SecretStoreFactory factory) {
        return new StartupLoader(dirs(), new StartupConfigResolver(env), factory, recordingMasker, Clock.systemUTC());
    }

    /** Saves an account "Prod" with its key in {@code keychain}, as the account used last. */
    private AccountProfile savedAndUsedLast(FakeKeychain keychain) throws Exception {
        StartupState first = loader(Map.of(), new SecretStoreFactory(() -> keychain)).load(List.of());
        AccountProfile prod = AccountProfile.newIbmCloud("Prod", null, null, null, null);
        first.accounts().add(prod, Secret.of("stored-key-0123456789"));
        first.settingsStore().save(first.settings().withLocation(prod.id(), "dal10", null, null));
        return prod;
    }

    @Test
    void should_open_the_demo_quietly_on_a_fresh_machine_without_keychain() {
        StartupState state = loader(Map.of(), noKeychain()).load(List.of());

        assertThat(state.config().account()).isInstanceOf(StartupAccount.Demo.class);
        assertThat(state.settings()).isEqualTo(Settings.defaults());
        assertThat(state.notices()).isEmpty();
        assertThat(state.accounts().keysPersist()).isFalse();
    }

    @Test
    void should_use_and_mask_the_environment_key_without_writing_it_anywhere() throws Exception {
        StartupState state = loader(Map.of("PVS_CONSOLE_API_KEY", ENV_KEY), noKeychain()).load(List.of());
        state.settingsStore().save(state.settings().withLocation(AccountProfile.ENVIRONMENT_ID, "dal10", null, "ws"));

        assertThat(state.config().account()).isInstanceOf(StartupAccount.FromEnvironment.class);
        assertThat(masked).containsExactly(ENV_KEY);
        assertThat(state.secrets().get(AccountProfile.ENVIRONMENT_ID)).isEmpty();
        assertThat(SecretScanner.filesContaining(home, ENV_KEY)).isEmpty();
    }

    @Test
    void should_reopen_the_last_account_and_mask_its_key_when_loaded() throws Exception {
        FakeKeychain keychain = new FakeKeychain();
        AccountProfile prod = savedAndUsedLast(keychain);
        masked.clear();

        StartupState second = loader(Map.of(), new SecretStoreFactory(() -> keychain)).load(List.of());
        AccountCredentials credentials = second.accounts().credentials(prod.id()).orElseThrow();

        assertThat(second.config().account()).isEqualTo(new StartupAccount.Stored(prod));
        assertThat(credentials.key().reveal()).isEqualTo("stored-key-0123456789");
        assertThat(masked).containsExactly("stored-key-0123456789");
        assertThat(second.notices()).isEmpty();
    }

    @Test
    void should_explain_lost_session_keys_and_damaged_files_at_start() throws Exception {
        StartupState first = loader(Map.of(), noKeychain()).load(List.of());
        first.accounts().add(AccountProfile.newIbmCloud("Prod", null, null, null, null), Secret.of("k-0123456789"));
        Files.writeString(first.settingsStore().file(), "{not json");

        StartupState second = loader(Map.of(), noKeychain()).load(List.of());

        assertThat(second.notices()).singleElement().satisfies(n -> assertThat(n).contains("settings file was damaged"));
        assertThat(second.keychainNotice().toCompletableFuture().get(10, TimeUnit.SECONDS))
                .hasValueSatisfying(n -> assertThat(n).contains("for this session only"));
        assertThat(second.accounts().credentials(second.accounts().list().get(1).id())).isEmpty();
        assertThat(second.accounts().credentials(AccountProfile.DEMO_ID))
                .hasValueSatisfying(c -> assertThat(c.key().reveal()).isEqualTo(AccountCredentials.DEMO_API_KEY));
    }

    @Test
    void should_open_without_waiting_for_a_keychain_that_has_not_answered_yet() throws Exception {
        // given an account saved in the keychain, and a keychain that answers only when the test says
        FakeKeychain keychain = new FakeKeychain();
        AccountProfile prod = savedAndUsedLast(keychain);
        CountDownLatch unlocked = new CountDownLatch(1);
        SecretStoreFactory slow = new SecretStoreFactory(() -> {
            unlocked.await();
            return keychain;
        }, Duration.ofSeconds(30));

        // when start-up loads while the keychain is still silent
        StartupState second = loader(Map.of(), slow).load(List.of());
        CompletableFuture<Optional<AccountCredentials>> read = CompletableFuture.supplyAsync(() -> {
            try {
                return second.accounts().credentials(prod.id());
            } catch (SecretStoreException e) {
                throw new IllegalStateException(e);
            }
        });

        // then the start-up account is decided, and reading its key waits for the keychain
        assertThat(second.config().account()).isEqualTo(new StartupAccount.Stored(prod));
        assertThat(second.keychainNotice()).isNotDone();
        assertThat(read).isNotDone();

        // when the keychain answers
        unlocked.countDown();

        // then the key comes from it, and there is nothing to tell the user
        assertThat(read.get(10, TimeUnit.SECONDS)).hasValueSatisfying(credentials ->
                assertThat(credentials.key().reveal()).isEqualTo("stored-key-0123456789"));
        assertThat(second.keychainNotice().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(second.accounts().keysPersist()).isTrue();
    }
}
