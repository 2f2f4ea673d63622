package com.pvsconsole.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.ContractDriver;
import com.pvsconsole.api.PowerVsClient;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Drives every {@link PowerVsClient} method against a recording server, then checks each recorded request
 * against the definition: the operation exists, the CRN header is sent exactly when the definition wants
 * it, query parameters are declared, and request bodies validate strictly against the body schema. The
 * answers the client was given (status and body) are checked to be documented ones too.
 */
class ClientContractTest {

    /**
     * Operations the reconstructed definition marks with CRN (it puts CRN on everything but the workspace
     * calls) that IBM's SDK and Terraform provider call without a workspace: the datacenter lists.
     */
    private static final java.util.Set<String> WITHOUT_WORKSPACE = java.util.Set.of("/v1/datacenters",
            "/v1/datacenters/private");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void should_only_send_requests_the_definition_declares() throws Exception {
        ApiDefinition definition = ApiDefinition.strict();
        try (ContractDriver driver = new ContractDriver()) {
            List<ContractDriver.Exchange> exchanges = driver.driveEveryMethod();

            assertThat(driver.calledMethods()).as("every client method was driven")
                    .containsAll(Arrays.stream(PowerVsClient.class.getMethods()).map(Method::getName)
                            .collect(Collectors.toSet()));
            assertThat(exchanges).hasSizeGreaterThanOrEqualTo(PowerVsClient.class.getMethods().length);
            for (ContractDriver.Exchange exchange : exchanges) {
                RecordedRequest request = exchange.request();
                String path = request.getUrl().encodedPath();
                assertThat(definition.validateResponse(request.getMethod(), path, exchange.status(),
                        json.readTree(exchange.responseBody()))).as("the answer the test gives is a documented one")
                        .isEmpty();
                ApiOperation operation = definition.require(request.getMethod(), path);
                assertThat(request.getHeaders().get("CRN") != null).as("CRN header on %s", operation)
                        .isEqualTo(operation.requiresCrn() && !WITHOUT_WORKSPACE.contains(operation.pathTemplate()));
                assertThat(request.getHeaders().get("Authorization")).as("Authorization on %s", operation)
                        .startsWith("Bearer ");
                HttpUrl url = request.getUrl();
                for (String name : url.queryParameterNames()) {
                    assertThat(operation.hasQueryParameter(name)).as("query %s on %s", name, operation).isTrue();
                }
                JsonNode body = request.getBodySize() > 0 ? json.readTree(request.getBody().utf8()) : null;
                if (body == null) {
                    assertThat(requiresBody(operation)).as("%s needs a body", operation).isFalse();
                } else {
                    assertThat(definition.validateRequestBody(request.getMethod(), path, body))
                            .as("body of %s: %s", operation, body).isEmpty();
                }
            }
        }
    }

    @Test
    void should_use_the_operations_the_console_needs_and_none_that_is_deprecated() throws Exception {
        ApiDefinition definition = ApiDefinition.strict();
        java.util.Set<String> used = new java.util.TreeSet<>();
        try (ContractDriver driver = new ContractDriver()) {
            for (ContractDriver.Exchange exchange : driver.driveEveryMethod()) {
                ApiOperation op = definition.require(exchange.request().getMethod(),
                        exchange.request().getUrl().encodedPath());
                used.add(op.method().toUpperCase(java.util.Locale.ROOT) + " " + op.pathTemplate());
                assertThat(op.node().path("deprecated").asBoolean(false))
                        .as("%s is deprecated (the ports calls gave way to network-interfaces)", op.pathTemplate())
                        .isFalse();
            }
        }
        // 36 before issue 13; a floor, so dropping a call is a decision and not an accident (the deprecated
        // ports list went: 77 -> 76).
        assertThat(used).as("operations used of %s", definition.operations().size()).hasSizeGreaterThanOrEqualTo(76);
    }

    /** DELETE bodies (e.g. PVMInstanceDelete) are optional in the definition; POST/PUT bodies are required. */
    private static boolean requiresBody(ApiOperation operation) {
        for (JsonNode parameter : operation.node().path("parameters")) {
            if (parameter.path("in").asText().equals("body") && parameter.path("required").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void should_serialise_fully_populated_request_bodies_that_validate_and_keep_every_field() throws Exception {
        ApiDefinition definition = ApiDefinition.strict();
        try (ContractDriver driver = new ContractDriver()) {
            for (ContractDriver.FullRequest full : driver.sendFullRequests()) {
                RecordedRequest request = full.recorded();
                JsonNode sent = json.readTree(request.getBody().utf8());

                assertThat(definition.validateRequestBody(request.getMethod(), request.getUrl().encodedPath(), sent))
                        .as(full.fixture()).isEmpty();
                assertThat(sent).as(full.fixture()).isEqualTo(json.readTree(full.fixtureJson()));
            }
        }
    }
}
