package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PendingSecretStoreTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void should_use_the_store_chosen_once_the_choice_is_made() throws Exception {
        CompletableFuture<SecretStoreSelection> selection = new CompletableFuture<>();
        PendingSecretStore store = new PendingSecretStore(selection);
        SessionSecretStore chosen = new SessionSecretStore();

        selection.complete(new SecretStoreSelection(chosen, Optional.empty()));
        store.put("prod", Secret.of("key-0123456789"));

        assertThat(chosen.get("prod")).hasValueSatisfying(key -> assertThat(key.reveal()).isEqualTo("key-0123456789"));
        assertThat(store.get("prod")).isPresent();
        store.remove("prod");
        assertThat(chosen.get("prod")).isEmpty();
        assertThat(store.persistent()).isFalse();
    }

    @Test
    void should_fail_as_a_store_error_and_keep_the_interrupt_when_interrupted_while_waiting() {
        PendingSecretStore store = new PendingSecretStore(new CompletableFuture<>());

        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> store.get("prod")).isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("keychain");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(store.persistent()).isFalse();
    }

    @Test
    void should_fail_as_a_store_error_when_the_choice_failed() {
        CompletableFuture<SecretStoreSelection> selection = new CompletableFuture<>();
        selection.completeExceptionally(new IllegalStateException("D-Bus went away"));

        assertThatThrownBy(() -> new PendingSecretStore(selection).put("prod", Secret.of("key-0123456789")))
                .isInstanceOf(SecretStoreException.class).hasRootCauseMessage("D-Bus went away");
    }
}
