package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SecretStoreFactoryTest {

    @Test
    void should_fall_back_to_a_session_store_with_a_notice_when_no_keychain_opens() throws Exception {
        SecretStoreFactory factory = new SecretStoreFactory(() -> {
            throw new IllegalStateException("No available keyring backend found");
        });

        SecretStoreSelection selection = factory.select();

        assertThat(selection.store()).isInstanceOf(SessionSecretStore.class);
        assertThat(selection.store().persistent()).isFalse();
        assertThat(selection.notice()).hasValueSatisfying(n -> assertThat(n).contains("for this session only"));
    }

    @Test
    void should_fall_back_when_native_code_is_missing() {
        SecretStoreFactory factory = new SecretStoreFactory(() -> {
            throw new UnsatisfiedLinkError("libsecret not found");
        });

        assertThat(factory.select().store()).isInstanceOf(SessionSecretStore.class);
    }

    @Test
    void should_fall_back_and_close_a_keychain_that_opens_but_refuses_writes() {
        FakeKeychain locked = new FakeKeychain() {
            @Override
            public void write(String service, String account, String value) {
                throw new IllegalStateException("collection is locked");
            }
        };

        SecretStoreSelection selection = new SecretStoreFactory(() -> locked).select();

        assertThat(selection.store()).isInstanceOf(SessionSecretStore.class);
        assertThat(selection.notice()).isPresent();
        assertThat(locked.closed).isTrue();
    }

    @Test
    void should_fall_back_when_the_keychain_never_answers() {
        CountDownLatch never = new CountDownLatch(1);
        SecretStoreFactory factory = new SecretStoreFactory(() -> {
            never.await();
            return new FakeKeychain();
        }, Duration.ofMillis(200));

        SecretStoreSelection selection = factory.select();

        assertThat(selection.store()).isInstanceOf(SessionSecretStore.class);
        assertThat(selection.notice()).isPresent();
    }

    @Test
    void should_use_a_working_keychain_and_leave_no_probe_entry() {
        FakeKeychain keychain = new FakeKeychain();

        SecretStoreSelection selection = new SecretStoreFactory(() -> keychain).select();

        assertThat(selection.store()).isInstanceOf(KeychainSecretStore.class);
        assertThat(selection.store().persistent()).isTrue();
        assertThat(selection.notice()).isEmpty();
        assertThat(keychain.entries).isEmpty();
    }

    @Test
    void should_not_crash_on_the_real_keychain_of_this_machine() {
        SecretStoreSelection selection = SecretStoreFactory.forOsKeychain().select();

        // Headless CI has no keychain and gets the session store; a desktop gets its keychain.
        assertThat(selection.notice().isPresent()).isEqualTo(!selection.store().persistent());
    }

    @Test
    void should_keep_session_keys_in_memory_and_forget_removed_ones() throws Exception {
        SessionSecretStore store = new SessionSecretStore();
        Secret key = Secret.of("session-key-123456");

        store.put("a", key);
        key.clear();

        assertThat(store.get("a")).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("session-key-123456"));
        store.remove("a");
        assertThat(store.get("a")).isEmpty();
    }

    @Test
    void should_report_keychain_failures_without_the_key_in_the_message() {
        FakeKeychain broken = new FakeKeychain() {
            @Override
            public void write(String service, String account, String value) {
                throw new IllegalStateException("denied for " + value);
            }
        };
        KeychainSecretStore store = new KeychainSecretStore(broken);

        assertThatThrownBy(() -> store.put("a", Secret.of("leaky-key-987654")))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageNotContaining("leaky-key-987654");
    }
}
