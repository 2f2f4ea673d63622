package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.testsupport.SecretScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T18:30:05Z"), ZoneOffset.UTC);
    private static final String KEY = "ibm-cloud-api-key-0123456789abcdef";

    @TempDir
    Path config;

    private final FakeKeychain keychain = new FakeKeychain();
    private final KeychainSecretStore secrets = new KeychainSecretStore(keychain);

    private AccountRepository repository() {
        return new AccountRepository(config, secrets, CLOCK);
    }

    private static AccountProfile production() {
        return AccountProfile.newIbmCloud("Production", EndpointType.PRIVATE, "http://127.0.0.1:8443",
                "http://{region}.localhost:8443", "http://proxy.example.com:3128");
    }

    @Test
    void should_always_list_the_demo_account_first() {
        assertThat(repository().list()).extracting(AccountProfile::id).containsExactly(AccountProfile.DEMO_ID);
        assertThat(repository().loadNotice()).isEmpty();
    }

    @Test
    void should_round_trip_profiles_with_the_key_only_in_the_secret_store() throws Exception {
        AccountProfile profile = production();

        repository().add(profile, Secret.of(KEY));
        AccountRepository reopened = repository();

        assertThat(reopened.list()).containsExactly(AccountProfile.demo(), profile);
        assertThat(reopened.keyOf(profile.id())).hasValueSatisfying(k -> assertThat(k.reveal()).isEqualTo(KEY));
        assertThat(keychain.entries).containsEntry(KeychainSecretStore.SERVICE + "/" + profile.id(), KEY);
        assertThat(config.resolve(AccountRepository.FILE_NAME)).exists();
        assertThat(SecretScanner.filesContaining(config, KEY)).isEmpty();
    }

    @Test
    void should_remove_the_profile_and_its_keychain_entry() throws Exception {
        AccountProfile profile = production();
        repository().add(profile, Secret.of(KEY));

        repository().remove(profile.id());

        assertThat(repository().list()).containsExactly(AccountProfile.demo());
        assertThat(keychain.entries).isEmpty();
    }

    @Test
    void should_refuse_to_remove_or_add_the_demo_account() {
        AccountRepository repository = repository();

        assertThatThrownBy(() -> repository.remove(AccountProfile.DEMO_ID)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> repository.add(AccountProfile.demo(), Secret.of(KEY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.list()).containsExactly(AccountProfile.demo());
    }

    @Test
    void should_refuse_a_second_account_with_the_same_name() throws Exception {
        AccountRepository repository = repository();
        repository.add(production(), Secret.of(KEY));

        assertThatThrownBy(() -> repository.add(AccountProfile.newIbmCloud(" production ", null, null, null, null),
                Secret.of("other-key-000000"))).hasMessageContaining("already exists");
        assertThat(keychain.entries).hasSize(1);
    }

    @Test
    void should_take_the_key_back_out_when_the_profile_cannot_be_saved() throws Exception {
        Path notAFolder = config.resolve("file");
        Files.writeString(notAFolder, "x");
        AccountRepository repository = new AccountRepository(notAFolder, secrets, CLOCK);

        assertThatThrownBy(() -> repository.add(production(), Secret.of(KEY))).isInstanceOf(java.io.IOException.class);
        assertThat(keychain.entries).isEmpty();
        assertThat(repository.list()).containsExactly(AccountProfile.demo());
    }

    @Test
    void should_set_aside_a_damaged_account_file_with_a_notice() throws Exception {
        Files.writeString(config.resolve(AccountRepository.FILE_NAME), "{\"accounts\": [ {\"id\": ");

        AccountRepository repository = repository();

        assertThat(repository.list()).containsExactly(AccountProfile.demo());
        assertThat(repository.loadNotice()).hasValueSatisfying(n -> assertThat(n).contains("account list"));
        assertThat(config.resolve("accounts.json.corrupt-20261129T183005Z")).exists();
    }

    @Test
    void should_reject_overrides_that_could_misdirect_a_key() {
        assertThatThrownBy(() -> AccountProfile.newIbmCloud("x", null, "ftp://iam", null, null))
                .hasMessageContaining("IAM URL");
        assertThatThrownBy(() -> AccountProfile.newIbmCloud("x", null, null, "https://power.example.com", null))
                .hasMessageContaining("{region}");
        assertThatThrownBy(() -> AccountProfile.newIbmCloud("x", null, null, null, "http://user:pw@proxy:3128"))
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> AccountProfile.newIbmCloud(" ", null, null, null, null))
                .hasMessageContaining("name");
    }
}
