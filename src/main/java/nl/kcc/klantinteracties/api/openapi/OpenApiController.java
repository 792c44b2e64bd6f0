package nl.kcc.klantinteracties.api.openapi;

import nl.kcc.klantinteracties.api.ApiPaths;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Serves each API's OpenAPI document, as JSON and as YAML, without authentication. */
@RestController
class OpenApiController {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final OpenApiDocuments documents;
    private final JsonMapper json = JsonMapper.builder().build();
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    OpenApiController(OpenApiDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(ApiPaths.KLANTINTERACTIES + "/openapi.json")
    ResponseEntity<String> klantinteractiesJson() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(documents.document(ApiPaths.KLANTINTERACTIES)));
    }

    @GetMapping(ApiPaths.KLANTINTERACTIES + "/openapi.yaml")
    ResponseEntity<String> klantinteractiesYaml() {
        return ResponseEntity.ok()
                .contentType(YAML)
                .body(yaml.writeValueAsString(documents.document(ApiPaths.KLANTINTERACTIES)));
    }

    @GetMapping(ApiPaths.CONTACTGEGEVENS + "/openapi.json")
    ResponseEntity<String> contactgegevensJson() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(documents.document(ApiPaths.CONTACTGEGEVENS)));
    }

    @GetMapping(ApiPaths.CONTACTGEGEVENS + "/openapi.yaml")
    ResponseEntity<String> contactgegevensYaml() {
        return ResponseEntity.ok()
                .contentType(YAML)
                .body(yaml.writeValueAsString(documents.document(ApiPaths.CONTACTGEGEVENS)));
    }
}
