package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI documents keep what the Dutch API Design Rules 2.1.0 ask of a document (OpenAPI 3.0, a contact
 * with name, e-mail and url, a semantic version, the major version in the server URL, no trailing slashes, only HTTP
 * methods, the API-version header on every answer) and what a client needs to rely on them: paths in lower case as the
 * standard's are, every operation with an id, summary, description and a declared tag, and the refusals it can give
 * listed. The refusals that every operation
 * can give are also tried against the running register, so that the document cannot claim what the code does not do.
 */
class OpenApiLintIT extends ApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final Set<String> PATH_ITEM_FIELDS =
            Set.of("summary", "description", "servers", "parameters", "$ref");
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final String ITEM = "/{uuid}";
    private static final Pattern PATH = Pattern.compile("(/([a-z0-9]+(-[a-z0-9]+)*|\\{[a-zA-Z]+}))+");

    @ParameterizedTest
    @ValueSource(strings = {"klantinteracties", "contactgegevens"})
    void theDocumentKeepsTheDesignRules(String api) {
        JsonNode document = document(api);

        assertThat(document.path("openapi").asString()).startsWith("3.0.");
        JsonNode contact = document.path("info").path("contact");
        assertThat(List.of("name", "email", "url"))
                .allSatisfy(field -> assertThat(contact.path(field).asString())
                        .as("info.contact." + field)
                        .isNotBlank());
        assertThat(document.path("info").path("version").asString()).matches(SEMVER);
        assertThat(document.path("servers").path(0).path("url").asString()).matches(".*/v\\d+$");

        var declaredTags = new HashSet<String>();
        document.path("tags").forEach(tag -> declaredTags.add(tag.path("name").asString()));
        var operationIds = new HashSet<String>();
        var problems = new ArrayList<String>();
        for (var path : document.path("paths").properties()) {
            if (path.getKey().endsWith("/")) {
                problems.add(path.getKey() + " ends with a slash");
            }
            if (!PATH.matcher(path.getKey()).matches()) {
                problems.add(path.getKey() + " is not lower case words with hyphens and {parameters}");
            }
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey();
                if (!METHODS.contains(method)) {
                    if (!PATH_ITEM_FIELDS.contains(method)) {
                        problems.add(path.getKey() + " has " + method + ", not an HTTP method of the rules");
                    }
                    continue;
                }
                String name = method.toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                for (String field : List.of("operationId", "summary", "description")) {
                    if (operation.path(field).asString().isBlank()) {
                        problems.add(name + " has no " + field);
                    }
                }
                if (!operationIds.add(operation.path("operationId").asString())) {
                    problems.add(name + " repeats operationId " + operation.path("operationId"));
                }
                if (operation.path("tags").isEmpty()) {
                    problems.add(name + " has no tag");
                }
                operation.path("tags").forEach(tag -> {
                    if (!declaredTags.contains(tag.asString())) {
                        problems.add(name + " has tag " + tag + " that the document does not declare");
                    }
                });
                problems.addAll(refusalProblems(document, name, path.getKey(), method, operation));
            }
        }
        assertThat(problems).as("what the document breaks").isEmpty();
        assertThat(operationIds).hasSizeGreaterThan(10);
    }

    /** The responses an operation must list, and the API-version header on every answer. */
    private static List<String> refusalProblems(
            JsonNode document, String name, String path, String method, JsonNode operation) {
        var problems = new ArrayList<String>();
        JsonNode responses = operation.path("responses");
        Map<String, JsonNode> parameters = parameters(document, path, operation);
        boolean queryParameters = parameters.keySet().stream().anyMatch(key -> key.startsWith("query "));
        if (queryParameters && !responses.has("400")) {
            problems.add(name + " takes query parameters but does not list 400");
        }
        if (operation.has("requestBody") && !responses.has("413")) {
            problems.add(name + " takes a body but does not list 413");
        }
        // The generic resources honour If-Match on every change of an object (IfMatchIT).
        boolean changesAnObject =
                path.endsWith(ITEM) && Set.of("put", "patch", "delete").contains(method);
        boolean ifMatch = parameters.containsKey("header If-Match");
        if (changesAnObject && !ifMatch) {
            problems.add(name + " changes an object but does not document If-Match");
        }
        if (ifMatch != responses.has("412")) {
            problems.add(name + (ifMatch ? " documents If-Match but not 412" : " lists 412 without If-Match"));
        }
        for (var response : responses.properties()) {
            JsonNode resolved = resolve(document, response.getValue());
            if (resolved.path("description").asString().isBlank()) {
                problems.add(name + " answers " + response.getKey() + " without a description");
            }
            if (!resolved.path("headers").has("API-version")) {
                problems.add(name + " answers " + response.getKey() + " without the API-version header");
            }
        }
        return problems;
    }

    /**
     * Every operation refuses a query parameter it does not know with 400 and changes nothing, and every operation that
     * takes a body refuses one over the size limit with 413, as its document says.
     */
    @ParameterizedTest
    @ValueSource(strings = {"klantinteracties", "contactgegevens"})
    void everyOperationRefusesAsDocumented(String api) {
        JsonNode document = document(api);
        String base = document.path("servers").path(0).path("url").asString();
        String tooLarge = "{\"x\": \"" + "x".repeat(1_100_000) + "\"}";
        int tried = 0;
        for (var path : document.path("paths").properties()) {
            String concrete =
                    base + path.getKey().replace("{uuid}", UUID.randomUUID().toString());
            for (var entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String method = entry.getKey().toUpperCase();
                JsonNode operation = entry.getValue();
                boolean body = operation.has("requestBody");
                assertThat(operation.path("responses").has("400"))
                        .as("%s %s lists 400", method, path.getKey())
                        .isTrue();
                var unknownParameter = withToken().queryParam("onbekendeParameter", "1");
                if (body) {
                    unknownParameter.body("{}");
                }
                unknownParameter
                        .request(method, concrete)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("invalidParams.code", hasItem("unknown-parameters"));
                if (body) {
                    withToken()
                            .body(tooLarge)
                            .request(method, concrete)
                            .then()
                            .statusCode(413)
                            .contentType("application/problem+json");
                }
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(10);
        assertThat(tablesWithRows()).as("tables a refused request wrote to").isEmpty();
    }

    private RequestSpecification withToken() {
        return anonymous().header("Authorization", "Token " + key()).contentType(ContentType.JSON);
    }

    private List<String> tablesWithRows() {
        var tables = jdbc.sql("""
                        select tablename from pg_tables where schemaname = 'public'
                          and tablename not in ('flyway_schema_history', 'api_token', 'audit_entry', 'werkplek_kanaal', 'werkplek_gespreksresultaat')""").query(String.class).list();
        return tables.stream()
                .filter(table -> jdbc.sql("select exists (select from " + table + ")")
                        .query(Boolean.class)
                        .single())
                .toList();
    }

    private JsonNode document(String api) {
        String json = anonymous()
                .get("/" + api + "/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return JsonMapper.builder().build().readTree(json);
    }

    /** The parameters of an operation and of its path, as "in name". */
    private static Map<String, JsonNode> parameters(JsonNode document, String path, JsonNode operation) {
        var parameters = new LinkedHashMap<String, JsonNode>();
        for (JsonNode list :
                List.of(document.path("paths").path(path).path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(document, parameter);
                parameters.put(
                        resolved.path("in").asString() + " "
                                + resolved.path("name").asString(),
                        resolved);
            }
        }
        return parameters;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asString();
        return ref.startsWith("#") ? document.at(ref.substring(1)) : node;
    }
}
