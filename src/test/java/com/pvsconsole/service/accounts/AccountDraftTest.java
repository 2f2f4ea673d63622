package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.accounts.AccountDraft.Field;
import com.pvsconsole.api.EndpointType;
import org.junit.jupiter.api.Test;

class AccountDraftTest {

    @Test
    void should_name_each_bad_field_in_words() {
        AccountDraft draft = new AccountDraft(" ", Secret.of("  \n"), EndpointType.PUBLIC, "iam.cloud.ibm.com",
                "https://power.example.com", "http://user:pw@proxy:3128");

        assertThat(draft.problems(name -> false)).containsOnlyKeys(Field.NAME, Field.KEY, Field.IAM_URL,
                Field.API_URL_TEMPLATE, Field.HTTPS_PROXY);
        assertThat(draft.problems(name -> false).get(Field.API_URL_TEMPLATE)).contains("{region}");
        assertThat(draft.problems(name -> false).get(Field.HTTPS_PROXY)).contains("http://host:port");
    }

    @Test
    void should_accept_a_good_draft_and_build_a_profile_with_a_trimmed_key() {
        AccountDraft draft = new AccountDraft(" Prod ", Secret.of(" key-0123456789\n"), EndpointType.PRIVATE,
                "http://127.0.0.1:8080", "http://private.{region}.localhost:8080", "");

        assertThat(draft.problems(name -> false)).isEmpty();
        AccountProfile profile = draft.toProfile();
        assertThat(profile.name()).isEqualTo("Prod");
        assertThat(profile.kind()).isEqualTo(AccountKind.IBM_CLOUD);
        assertThat(profile.endpointType()).isEqualTo(EndpointType.PRIVATE);
        assertThat(profile.proxy()).isEmpty();
        assertThat(draft.trimmedKey().reveal()).isEqualTo("key-0123456789");
        assertThat(draft.toString()).doesNotContain("key-0123456789");
    }

    @Test
    void should_flag_a_name_already_in_use() {
        AccountDraft draft = new AccountDraft("Demo", Secret.of("k-0123456789"), null, null, null, null);

        assertThat(draft.problems("Demo"::equalsIgnoreCase)).containsOnlyKeys(Field.NAME);
    }
}
