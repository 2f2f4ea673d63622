package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingSecretStoreTest {

    @Test
    void should_report_keys_that_are_stored_or_loaded_to_the_masker() throws Exception {
        List<String> masked = new ArrayList<>();
        SessionSecretStore inner = new SessionSecretStore();
        inner.put("old", Secret.of("loaded-key-0123456789"));
        MaskingSecretStore store = new MaskingSecretStore(inner, secret -> masked.add(secret.reveal()));

        store.put("new", Secret.of("stored-key-0123456789"));
        store.get("old");
        store.get("absent");
        store.remove("new");

        assertThat(masked).containsExactly("stored-key-0123456789", "loaded-key-0123456789");
        assertThat(inner.get("new")).isEmpty();
        assertThat(store.persistent()).isFalse();
    }
}
