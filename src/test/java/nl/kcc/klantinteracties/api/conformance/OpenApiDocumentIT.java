package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The register serves an OpenAPI document of its own for each API, as JSON and YAML, without a token. It is a valid
 * document, and it offers every operation and every query parameter of the standard's document.
 */
class OpenApiDocumentIT extends ApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    @ParameterizedTest
    @ValueSource(strings = {"klantinteracties", "contactgegevens"})
    void servesAValidDocumentWithEveryOperationAndParameterOfTheStandard(String api) throws IOException {
        String json = anonymous()
                .get("/" + api + "/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        anonymous()
                .get("/" + api + "/api/v1/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml");
        OpenApiInteractionValidator.createForInlineApiSpecification(json).build();

        JsonNode ours = JsonMapper.builder().build().readTree(json);
        JsonNode standard;
        try (InputStream in = getClass().getResourceAsStream("/contract/" + api + "-openapi.yaml")) {
            standard = YAMLMapper.builder().build().readTree(in);
        }
        assertThat(operations(ours)).containsAll(operations(standard));
        assertThat(parameters(ours)).containsAll(parameters(standard));
        assertThat(ours.path("info").path("version").asString())
                .isEqualTo(standard.path("info").path("version").asString());
    }

    private static Set<String> operations(JsonNode document) {
        var operations = new TreeSet<String>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        operations.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                }));
        return operations;
    }

    private static List<String> parameters(JsonNode document) {
        var parameters = new ArrayList<String>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        for (JsonNode parameter : operation.getValue().path("parameters")) {
                            if (!parameter.path("in").asString().equals("query")) {
                                continue;
                            }
                            parameters.add(operation.getKey().toUpperCase() + " " + path.getKey() + " ?"
                                    + parameter.path("name").asString());
                        }
                    }
                }));
        return parameters;
    }
}
