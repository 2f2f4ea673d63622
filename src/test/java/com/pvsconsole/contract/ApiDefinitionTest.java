package com.pvsconsole.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The contract tool itself must catch what it is meant to catch. */
class ApiDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSTANCES = "/pcloud/v1/cloud-instances/ws-1/pvm-instances";
    private final ApiDefinition definition = ApiDefinition.strict();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void should_find_operation_behind_concrete_path_and_ignore_query() {
        ApiOperation operation = definition.require("GET", "/pcloud/v1/cloud-instances/abc/events?time=2024-01-01");

        assertThat(operation.pathTemplate()).isEqualTo("/pcloud/v1/cloud-instances/{cloud_instance_id}/events");
        assertThat(operation.requiresCrn()).isTrue();
    }

    @Test
    void should_prefer_fixed_segment_over_template_parameter() {
        ApiOperation operation = definition.require("GET", "/pcloud/v1/cloud-instances/abc/volumes/onboarding");

        assertThat(operation.pathTemplate()).doesNotContain("{volume_id}");
    }

    @Test
    void should_know_that_workspace_calls_send_no_crn() {
        assertThat(definition.require("GET", "/v1/workspaces").requiresCrn()).isFalse();
        assertThat(definition.require("GET", "/v1/workspaces/ws-1").requiresCrn()).isFalse();
    }

    @Test
    void should_fail_for_an_operation_the_definition_lacks() {
        assertThatThrownBy(() -> definition.require("PATCH", INSTANCES)).isInstanceOf(AssertionError.class);
        assertThat(definition.find("GET", "/pcloud/v1/nothing-here")).isEmpty();
    }

    @Test
    void should_accept_valid_action_and_reject_enum_out_of_range() throws Exception {
        String action = INSTANCES + "/vm-1/action";

        assertThat(definition.validateRequestBody("POST", action, json("{\"action\":\"stop\"}"))).isEmpty();
        assertThat(definition.validateRequestBody("POST", action, json("{\"action\":\"halt\"}"))).isNotEmpty();
        assertThat(definition.validateRequestBody("POST", action, json("{}"))).isNotEmpty();
    }

    @Test
    void should_reject_misspelt_field_in_strict_mode_only() throws Exception {
        JsonNode body = json("{\"action\":\"stop\",\"acton\":\"stop\"}");
        String action = INSTANCES + "/vm-1/action";

        assertThat(definition.validateRequestBody("POST", action, body)).isNotEmpty();
        assertThat(ApiDefinition.lenient().validateRequestBody("POST", action, body)).isEmpty();
    }

    @Test
    void should_reject_wrong_type_in_response_and_unlisted_status() throws Exception {
        String path = "/pcloud/v1/cloud-instances/ws-1/volumes/vol-1";

        assertThat(definition.validateResponse("GET", path, 404, json("{\"code\":404,\"message\":\"not found\"}"))).isEmpty();
        assertThat(definition.validateResponse("GET", path, 404, json("{\"code\":\"404\"}"))).isNotEmpty();
        assertThat(definition.validateResponse("GET", path, 418, json("{}"))).isNotEmpty();
    }
}
