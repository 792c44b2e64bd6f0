package nl.kcc.klantinteracties.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks every response a test receives: a success against the standard's schema for that operation (the facts-only
 * copy in {@code src/test/resources/contract}), or, for the operations with which the register extends the standard
 * (the audit trail, the klantbeeld), against the register's own OpenAPI document; an error against the problem format;
 * and never a 5xx.
 */
public final class ContractValidation implements Filter {

    private static final Map<String, ContractValidation> BY_REGISTER = new ConcurrentHashMap<>();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final String name;
    private final String ownDocument;
    private volatile OpenApiInteractionValidator validator;
    private volatile OpenApiInteractionValidator ownValidator;

    private ContractValidation(String name, String ownDocument) {
        this.name = name;
        this.ownDocument = ownDocument;
    }

    /**
     * The checks for one API of the register running on this port.
     *
     * @param name {@code klantinteracties} or {@code contactgegevens}
     */
    public static ContractValidation of(String name, int port) {
        return BY_REGISTER.computeIfAbsent(
                name + ":" + port,
                key -> new ContractValidation(name, "http://localhost:" + port + "/" + name + "/api/v1/openapi.json"));
    }

    /**
     * The checks for requests that use what the register adds to the standard's operations: responses are held to the
     * register's own OpenAPI document, which describes the additions.
     */
    public static Filter extended(String name, int port) {
        ContractValidation validation = of(name, port);
        return (request, response, context) -> {
            Response received = context.next(request, response);
            validation.checkExtension(
                    request.getMethod(), URI.create(request.getURI()).getPath(), received);
            return received;
        };
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response received = context.next(request, response);
        check(request.getMethod(), URI.create(request.getURI()).getPath(), received);
        return received;
    }

    /** Checks one response to a request with this method and path. */
    public void check(String method, String path, Response received) {
        var headers = new LinkedHashMap<String, String>();
        received.getHeaders().forEach(header -> headers.put(header.getName(), header.getValue()));
        check(method, path, received.statusCode(), headers, received.asString());
    }

    /** Checks one response, received by any HTTP client. */
    public void check(String method, String path, int status, Map<String, String> headers, String body) {
        check(method, path, status, headers, body, false);
    }

    /**
     * Checks a response to a request that uses what the register adds to one of the standard's operations, against
     * the register's own OpenAPI document, which describes the additions.
     */
    public void checkExtension(String method, String path, Response received) {
        var headers = new LinkedHashMap<String, String>();
        received.getHeaders().forEach(header -> headers.put(header.getName(), header.getValue()));
        check(method, path, received.statusCode(), headers, received.asString(), true);
    }

    private void check(
            String method, String path, int status, Map<String, String> headers, String body, boolean extension) {
        if (status >= 500) {
            fail("%s %s answered %d: %s", method, path, status, body);
        }
        if (status >= 400) {
            String contentType = headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse("");
            checkProblem(method, path, status, contentType, body);
            return;
        }
        var builder = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach(builder::withHeader);
        var requestMethod = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        String against = "the standard's schema";
        ValidationReport report = extension
                ? ownValidator().validateResponse(path, requestMethod, builder.build())
                : validator().validateResponse(path, requestMethod, builder.build());
        if (extension) {
            against = "the register's own OpenAPI document";
        } else if (report.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing"))) {
            against = "the register's own OpenAPI document (the standard has no such operation)";
            report = ownValidator().validateResponse(path, requestMethod, builder.build());
        }
        var reported = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        var errors = reported.isEmpty() ? reported : unexplained(reported, JSON.readTree(body));
        if (!errors.isEmpty()) {
            fail(
                    "%s %s (%d) does not match %s:%n%s%n%s",
                    method,
                    path,
                    status,
                    against,
                    errors.stream()
                            .map(m -> "- " + m.getMessage()
                                    + m.getContext()
                                            .flatMap(c -> c.getPointers())
                                            .map(p -> " at " + p.getInstance())
                                            .orElse(""))
                            .collect(Collectors.joining("\n")),
                    body);
        }
    }

    /**
     * The errors that are the register's, not the standard's. A polymorphic object ({@code oneOf}) fails as a whole and
     * reports the errors of every alternative besides; the failure is explained when all the errors of one
     * alternative are.
     */
    private static List<ValidationReport.Message> unexplained(List<ValidationReport.Message> errors, JsonNode body) {
        var remaining = new ArrayList<>(errors);
        for (var oneOf : errors) {
            if (!oneOf.getKey().endsWith(".schema.oneOf")) {
                continue;
            }
            String schema = schemaPointer(oneOf);
            var byAlternative = new LinkedHashMap<String, List<ValidationReport.Message>>();
            for (var error : errors) {
                String errorSchema = schemaPointer(error);
                if (errorSchema.startsWith(schema + "/") && isWithin(instancePointer(error), instancePointer(oneOf))) {
                    String alternative =
                            errorSchema.substring(schema.length() + 1).split("/", 2)[0];
                    byAlternative
                            .computeIfAbsent(alternative, a -> new ArrayList<>())
                            .add(error);
                }
            }
            boolean explained = byAlternative.values().stream()
                    .anyMatch(alternative ->
                            alternative.stream().allMatch(error -> isShownAsTheReferenceDoes(error, body)));
            if (explained) {
                remaining.remove(oneOf);
                byAlternative.values().forEach(remaining::removeAll);
            }
        }
        remaining.removeIf(error -> isShownAsTheReferenceDoes(error, body));
        return remaining;
    }

    /**
     * Where the standard's reference implementation shows an unset optional value in a way its own schema does not
     * allow, the register shows it the same way, for the clients written against it:
     *
     * <ul>
     *   <li>an optional text that has a format, a pattern or a minimum length ({@code hoofdOnderwerpType}, the
     *       {@code emailadres} and {@code telefoonnummer} of an actor, {@code postcode} and {@code land} in an address)
     *       is {@code ""} when not set;
     *   <li>the {@code actorIdentificatie} of an actor registered without one is {@code null};
     *   <li>the deprecated {@code toegewezenAanActor} of an interne taak that is assigned to nobody is {@code null};
     *   <li>an object included by {@code expand} has an {@code _expand} of its own for a dotted path
     *       ({@code expand=betrokkenen.hadKlantcontact}), which the standard's schemas of included objects leave out.
     * </ul>
     */
    private static boolean isShownAsTheReferenceDoes(ValidationReport.Message message, JsonNode body) {
        String instance = instancePointer(message);
        if (instance == null) {
            return false;
        }
        JsonNode value = body.at(instance);
        String key = message.getKey();
        if (key.endsWith(".schema.additionalProperties")) {
            return message.getMessage().contains("'_expand'") && instance.contains("/_expand/");
        }
        if (key.contains(".schema.format") || key.contains(".schema.pattern") || key.contains(".schema.minLength")) {
            return value.isString() && value.asString().isEmpty();
        }
        if (key.endsWith(".schema.type") && value.isNull()) {
            return SHOWN_AS_NULL.contains(instance.substring(instance.lastIndexOf('/') + 1));
        }
        return false;
    }

    private static final Set<String> SHOWN_AS_NULL =
            Set.of("actorIdentificatie", "toegewezenAanActor", "betrokkene", "onderwerpobject");

    private static boolean isWithin(String instance, String container) {
        return instance != null
                && container != null
                && (container.isEmpty() || instance.equals(container) || instance.startsWith(container + "/"));
    }

    private static String instancePointer(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .orElse(null);
    }

    private static String schemaPointer(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getSchema)
                .orElse("");
    }

    private static void checkProblem(String method, String path, int status, String contentType, String body) {
        if (method.equalsIgnoreCase("HEAD")) {
            return;
        }
        assertThat(contentType)
                .as("%s %s (%d) content type", method, path, status)
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        for (String member : new String[] {"type", "code", "title", "status", "detail", "instance"}) {
            assertThat(problem.has(member))
                    .as("%s %s (%d) problem member %s in %s", method, path, status, member, body)
                    .isTrue();
        }
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asString()).startsWith("urn:uuid:");
        if (status == 400 && problem.has("invalidParams")) {
            for (JsonNode param : problem.get("invalidParams")) {
                assertThat(param.has("name") && param.has("code") && param.has("reason"))
                        .as("invalidParams item %s", param)
                        .isTrue();
            }
        }
    }

    private OpenApiInteractionValidator ownValidator() {
        var current = ownValidator;
        if (current == null) {
            try (var in = URI.create(ownDocument).toURL().openStream()) {
                String spec = nullableSingleAllOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                current = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                        .withResolveCombinators(true)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ownValidator = current;
        }
        return current;
    }

    private OpenApiInteractionValidator validator() {
        var current = validator;
        if (current == null) {
            try (var in = ContractValidation.class.getResourceAsStream("/contract/" + name + "-openapi.yaml")) {
                String spec = nullableSingleAllOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                current = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                        .withResolveCombinators(true)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            validator = current;
        }
        return current;
    }

    /**
     * The standard makes a group or reference nullable with {@code allOf: [$ref]} beside {@code nullable: true}. The
     * validator's parser drops that {@code nullable} when it resolves {@code allOf} (which it must, for the polymorphic
     * schemas), so a {@code null} the standard allows is reported. Writing such a schema as the referenced schema itself
     * with {@code nullable: true} says the same and survives the parser.
     */
    static String nullableSingleAllOf(String spec) {
        JsonNode root = YAML.readTree(spec);
        JsonNode schemas = root.path("components").path("schemas");
        inlineNullableAllOf(root, schemas);
        distributeAllOfOverOneOf(schemas);
        return JSON.writeValueAsString(root);
    }

    /**
     * The standard extends a polymorphic object with {@code allOf: [Partij, {_expand}]}, where {@code Partij} is a
     * {@code oneOf} with a discriminator. The validator cannot merge an {@code allOf} with a {@code oneOf} in it and
     * drops the object's own properties. The same schema written as a {@code oneOf} of one merged {@code allOf} per
     * kind says the same, and the validator reads it.
     */
    private static void distributeAllOfOverOneOf(JsonNode schemas) {
        if (!(schemas instanceof ObjectNode all)) {
            return;
        }
        var additions = new LinkedHashMap<String, JsonNode>();
        for (var entry : all.properties()) {
            JsonNode allOf = entry.getValue().path("allOf");
            if (!allOf.isArray()) {
                continue;
            }
            for (int i = 0; i < allOf.size(); i++) {
                String ref = allOf.get(i).path("$ref").asString("");
                JsonNode target = ref.startsWith(SCHEMA_REF) ? schemas.get(ref.substring(SCHEMA_REF.length())) : null;
                if (target == null || !target.path("oneOf").isArray() || !target.has("discriminator")) {
                    continue;
                }
                var oneOf = JSON.createArrayNode();
                var mapping = JSON.createObjectNode();
                for (var kind : target.path("discriminator").path("mapping").properties()) {
                    String name = entry.getKey() + "_" + kind.getKey();
                    var parts = JSON.createArrayNode();
                    for (int j = 0; j < allOf.size(); j++) {
                        parts.add(
                                j == i
                                        ? JSON.createObjectNode()
                                                .put("$ref", kind.getValue().asString())
                                        : allOf.get(j));
                    }
                    additions.put(name, JSON.createObjectNode().set("allOf", parts));
                    oneOf.add(JSON.createObjectNode().put("$ref", SCHEMA_REF + name));
                    mapping.put(kind.getKey(), SCHEMA_REF + name);
                }
                var discriminator = JSON.createObjectNode()
                        .put(
                                "propertyName",
                                target.path("discriminator")
                                        .path("propertyName")
                                        .asString());
                discriminator.set("mapping", mapping);
                var distributed = JSON.createObjectNode();
                distributed.set("oneOf", oneOf);
                distributed.set("discriminator", discriminator);
                additions.put(entry.getKey(), distributed);
                break;
            }
        }
        additions.forEach(all::set);
    }

    private static void inlineNullableAllOf(JsonNode node, JsonNode schemas) {
        if (node instanceof ObjectNode object
                && object.path("nullable").asBoolean(false)
                && object.path("allOf").isArray()
                && object.path("allOf").size() == 1) {
            JsonNode only = object.get("allOf").get(0);
            String ref = only.path("$ref").asString("");
            JsonNode target = ref.startsWith(SCHEMA_REF) ? schemas.get(ref.substring(SCHEMA_REF.length())) : only;
            if (target instanceof ObjectNode targetObject) {
                object.remove("allOf");
                targetObject.deepCopy().properties().forEach(e -> {
                    if (!object.has(e.getKey())) {
                        object.set(e.getKey(), e.getValue());
                    }
                });
            }
        }
        for (JsonNode child : node) {
            inlineNullableAllOf(child, schemas);
        }
    }
}
