package com.pvsconsole.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Power VS API definition for contract tests: the very file the simulator serves from
 * ({@link com.pvsconsole.sim.spec.ApiSpec#RESOURCE}, a copy of {@code ../shared/pvs-api/pcloud-api.lean.json};
 * there is no second copy to drift): finds the operation behind a request and
 * validates request bodies and responses against the definition's schemas with the networknt
 * JSON-schema validator.
 *
 * <p>Validation is strict by default (see {@link SchemaPreparer}): objects may not carry fields
 * the definition does not name. Both the client and the simulator are checked with it, so a
 * wrong field name on either side fails a test.
 */
public final class ApiDefinition {

    private static final String RESOURCE = com.pvsconsole.sim.spec.ApiSpec.RESOURCE;
    private static volatile ApiDefinition shared;

    private final List<ApiOperation> operations;
    private final ObjectNode preparedDefinitions;
    private final SchemaPreparer preparer;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<JsonNode, JsonSchema> schemas = new ConcurrentHashMap<>();

    private ApiDefinition(JsonNode root, boolean strict) {
        this.preparer = new SchemaPreparer(strict);
        this.preparedDefinitions = preparer.prepareDefinitions(root.path("definitions"));
        List<ApiOperation> found = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> found.add(ApiOperation.of(method.getKey(), path.getKey(), method.getValue()))));
        this.operations = List.copyOf(found);
    }

    /** The definition with strict validation, parsed once per test JVM (it is 480 kB). */
    public static ApiDefinition strict() {
        ApiDefinition definition = shared;
        if (definition == null) {
            synchronized (ApiDefinition.class) {
                if (shared == null) {
                    shared = new ApiDefinition(readRoot(), true);
                }
                definition = shared;
            }
        }
        return definition;
    }

    /** The definition as written: objects may carry fields it does not name. */
    public static ApiDefinition lenient() {
        return new ApiDefinition(readRoot(), false);
    }

    private static JsonNode readRoot() {
        try (InputStream in = ApiDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /**
     * The operation a concrete request reaches, e.g. {@code GET /pcloud/v1/cloud-instances/abc/pvm-instances}.
     * A query string is ignored. Where several templates match, the one with more fixed segments wins.
     */
    public Optional<ApiOperation> find(String method, String path) {
        String bare = stripQuery(path);
        return operations.stream()
                .filter(op -> op.matches(method, bare))
                .max(Comparator.comparingInt(ApiOperation::literalSegments));
    }

    /** Like {@link #find} but fails the test when the definition has no such operation. */
    public ApiOperation require(String method, String path) {
        return find(method, path).orElseThrow(() -> new AssertionError(
                "The API definition has no operation " + method + " " + stripQuery(path)));
    }

    /** Problems with a request body; empty when it is valid for the operation. */
    public List<String> validateRequestBody(String method, String path, JsonNode body) {
        ApiOperation operation = require(method, path);
        Optional<JsonNode> schema = operation.bodySchema();
        if (schema.isEmpty()) {
            return body == null || body.isMissingNode() || body.isNull() ? List.of()
                    : List.of(operation + " takes no request body");
        }
        return validate(schema.get(), body, operation + " request body");
    }

    /**
     * Problems with a response; empty when the status is one the operation lists and the body
     * is valid against that status's schema. A {@code null} body stands for an empty one.
     */
    public List<String> validateResponse(String method, String path, int status, JsonNode body) {
        ApiOperation operation = require(method, path);
        if (!operation.statuses().contains(status)) {
            return List.of(operation + " does not list status " + status + " (it lists " + operation.statuses() + ")");
        }
        Optional<JsonNode> schema = operation.responseSchema(status);
        if (schema.isEmpty()) {
            return List.of();
        }
        if (body == null || body.isMissingNode()) {
            return List.of(operation + " status " + status + " must carry a body");
        }
        return validate(schema.get(), body, operation + " status " + status);
    }

    private List<String> validate(JsonNode schema, JsonNode instance, String what) {
        JsonSchema compiled = schemas.computeIfAbsent(schema, this::compile);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : compiled.validate(instance)) {
            problems.add(what + ": " + message.getMessage());
        }
        return problems;
    }

    private JsonSchema compile(JsonNode schema) {
        ObjectNode document = (ObjectNode) preparer.prepare(schema, false).deepCopy();
        ObjectNode wrapper = document.objectNode();
        wrapper.set("definitions", preparedDefinitions);
        wrapper.putArray("allOf").add(document);
        return factory.getSchema(wrapper, config);
    }

    private static String stripQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
