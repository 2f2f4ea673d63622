package com.pvsconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrnTest {

    private static final String TEXT =
            "crn:v1:bluemix:public:power-iaas:dal10:a/0123456789abcdef0123456789abcdef:7f3a9e2c-5b1d-4c8e-9f6a-2d4b8c1e0a57::";

    @Test
    void should_parse_the_parts_of_a_workspace_crn() {
        Crn crn = Crn.parse(TEXT);

        assertThat(crn.location()).isEqualTo("dal10");
        assertThat(crn.accountId()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(crn.cloudInstanceId()).isEqualTo("7f3a9e2c-5b1d-4c8e-9f6a-2d4b8c1e0a57");
        assertThat(crn.cloudName()).isEqualTo("bluemix");
        assertThat(crn.cloudType()).isEqualTo("public");
    }

    @Test
    void should_format_back_to_the_exact_wire_form() {
        assertThat(Crn.parse("  " + TEXT + "\n").format()).isEqualTo(TEXT);
        assertThat(Crn.of("dal10", "0123456789abcdef0123456789abcdef", "7f3a9e2c-5b1d-4c8e-9f6a-2d4b8c1e0a57").format())
                .isEqualTo(TEXT);
    }

    @Test
    void should_keep_a_staging_cloud_name_as_given() {
        String staging = TEXT.replace(":bluemix:", ":staging:");

        assertThat(Crn.parse(staging).format()).isEqualTo(staging);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong prefix      | crm:v1:bluemix:public:power-iaas:dal10:a/acc:inst::                    | input.crn.prefix",
        "no version        | crn:bluemix:public:power-iaas:dal10:a/acc:inst::                       | input.crn.prefix",
        "other service     | crn:v1:bluemix:public:is:dal10:a/acc:inst::                            | input.crn.service",
        "missing account   | crn:v1:bluemix:public:power-iaas:dal10:a/:inst::                       | input.crn.account",
        "scope not account | crn:v1:bluemix:public:power-iaas:dal10:o/acc:inst::                    | input.crn.account",
        "missing instance  | crn:v1:bluemix:public:power-iaas:dal10:a/acc:::                        | input.crn.instance",
        "missing zone      | crn:v1:bluemix:public:power-iaas::a/acc:inst::                         | input.crn.location",
        "too few parts     | crn:v1:bluemix:public:power-iaas:dal10:a/acc                           | input.crn.shape",
        "blank             | '   '                                                                  | input.crn.empty",
    })
    void should_reject_malformed_crn_with_a_specific_hint(String why, String text, String hintKey) {
        assertThatThrownBy(() -> Crn.parse(text))
                .isInstanceOfSatisfying(PowerVsException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
                    assertThat(e.hintKey()).isEqualTo(hintKey);
                    assertThat(e.status()).isEmpty();
                    assertThat(new HintCatalog(Locale.ROOT).contains(hintKey)).isTrue();
                });
    }

    @Test
    void should_reject_null_crn() {
        assertThatThrownBy(() -> Crn.parse(null)).isInstanceOfSatisfying(PowerVsException.class,
                e -> assertThat(e.hintKey()).isEqualTo("input.crn.empty"));
    }
}
