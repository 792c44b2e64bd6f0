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
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks every response a test receives: a success against the standard's schema for that operation (the facts-only
 * copy in {@code src/test/resources/contract}), an error against the problem format, and never a 5xx.
 */
public final class ContractValidation implements Filter {

    public static final ContractValidation KLANTINTERACTIES = new ContractValidation("klantinteracties");
    public static final ContractValidation CONTACTGEGEVENS = new ContractValidation("contactgegevens");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private volatile OpenApiInteractionValidator validator;

    private ContractValidation(String name) {
        this.name = name;
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
        int status = received.statusCode();
        String body = received.asString();
        if (status >= 500) {
            fail("%s %s answered %d: %s", method, path, status, body);
        }
        if (status >= 400) {
            checkProblem(method, path, status, received, body);
            return;
        }
        var builder = SimpleResponse.Builder.status(status).withBody(body);
        received.getHeaders().forEach(header -> builder.withHeader(header.getName(), header.getValue()));
        ValidationReport report = validator()
                .validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), builder.build());
        var errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !isEmptyOptionalText(m, body))
                .toList();
        if (!errors.isEmpty()) {
            fail(
                    "%s %s (%d) does not match the standard's schema:%n%s%n%s",
                    method,
                    path,
                    status,
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
     * The standard's schema gives some optional texts a format ({@code hoofdOnderwerpType} is a {@code uri}), a pattern
     * or a minimum length ({@code postcode}, {@code land} in an address), while the standard's reference implementation
     * shows such a text as {@code ""} when it is not set. The register does the same, so such a complaint about an
     * empty string is the schema's inconsistency, not the register's.
     */
    private static boolean isEmptyOptionalText(ValidationReport.Message message, String body) {
        String key = message.getKey();
        if (!key.contains(".schema.format") && !key.contains(".schema.pattern") && !key.contains(".schema.minLength")) {
            return false;
        }
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(pointers -> JSON.readTree(body).at(pointers.getInstance()))
                .map(value -> value.isString() && value.asString().isEmpty())
                .orElse(false);
    }

    private static void checkProblem(String method, String path, int status, Response received, String body) {
        if (method.equalsIgnoreCase("HEAD")) {
            return;
        }
        assertThat(received.contentType())
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

    /**
     * The standard marks a nullable reference as {@code allOf: [$ref]} beside {@code nullable: true}; the validator
     * applies {@code nullable} only to a {@code type} next to it, and so refuses the null the standard allows
     * ({@code "wasPartij": null}). Copying the referenced schema into the nullable one puts the two side by side.
     */
    private static String nullableReferencesInlined(String spec) {
        var yaml = new YAMLMapper();
        JsonNode root = yaml.readTree(spec);
        inlineNullableReferences(root, root.path("components").path("schemas"));
        return yaml.writeValueAsString(root);
    }

    private static void inlineNullableReferences(JsonNode node, JsonNode schemas) {
        if (node instanceof ObjectNode object
                && object.path("nullable").asBoolean(false)
                && object.path("allOf").size() == 1
                && object.path("allOf").get(0).has("$ref")) {
            String ref = object.path("allOf").get(0).get("$ref").asString();
            JsonNode target = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            object.remove("allOf");
            target.properties().forEach(member -> {
                if (!object.has(member.getKey())) {
                    object.set(member.getKey(), member.getValue().deepCopy());
                }
            });
        }
        node.forEach(child -> inlineNullableReferences(child, schemas));
    }

    private OpenApiInteractionValidator validator() {
        var current = validator;
        if (current == null) {
            try (var in = ContractValidation.class.getResourceAsStream("/contract/" + name + "-openapi.yaml")) {
                String spec = nullableReferencesInlined(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
}
