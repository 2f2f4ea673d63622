package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.CTX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails fast with a clear INVALID_INPUT error, before anything is sent. */
class BadInputTest {

    private final CancellationToken none = CancellationToken.none();
    @RegisterExtension
    final FakePowerVs fake = new FakePowerVs();



    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void should_refuse_an_empty_api_key_without_calling_iam(String key) {
        PowerVsClient client = OkHttpPowerVsClient.create(
                PowerVsClientConfig.builder(() -> key, "1").iamBaseUrl(fake.server.url("/").toString())
                        .urlTemplates(fake.publicTemplate(), fake.privateTemplate()).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
        assertThat(e.hintKey()).isEqualTo("input.apikey.empty");
        assertThat(fake.server.getRequestCount()).isZero();
    }

    @Test
    void should_refuse_an_unknown_region_without_sending_anything() {
        PowerVsClient client = fake.client();
        WorkspaceContext nowhere = WorkspaceContext.of("atlantis", EndpointType.PUBLIC, FakePowerVs.CRN);

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(nowhere, none));

        assertThat(e.hintKey()).isEqualTo("input.region.unknown");
        assertThat(fake.apiRequests).isEmpty();
    }

    @Test
    void should_refuse_a_malformed_crn_before_a_context_exists() {
        PowerVsException e = catchThrowableOfType(PowerVsException.class,
                () -> WorkspaceContext.of("us-south", EndpointType.PUBLIC, Crn.parse("crn:v1:bluemix:public:is::a/x:y::")));

        assertThat(e.hintKey()).isEqualTo("input.crn.service");
        assertThat(fake.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void should_refuse_an_empty_resource_id_without_sending_anything(String id) {
        PowerVsClient client = fake.client();

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.getInstance(CTX, id, none));

        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
        assertThat(e.hintKey()).isEqualTo("input.argument");
        assertThat(fake.server.getRequestCount()).isZero();
    }
}
