package nl.kcc.klantinteracties.api.idempotency;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** The register's OpenAPI document tells clients that every POST takes an Idempotency-Key, and what it may answer. */
class IdempotencyKeyDocumentIT extends ApiIT {

    @Test
    void everyPostDocumentsTheHeaderAndItsAnswers() {
        for (String path : new String[] {"/klantcontacten", "/maak-klantcontact", "/partijen"}) {
            anonymous()
                    .get("/klantinteracties/api/v1/openapi.json")
                    .then()
                    .statusCode(200)
                    .body("paths.'" + path + "'.post.parameters.name", hasItem("Idempotency-Key"))
                    .body("paths.'" + path + "'.post.responses", hasKey("422"))
                    .body("paths.'" + path + "'.post.responses", hasKey("409"));
        }
        anonymous()
                .get("/contactgegevens/api/v1/openapi.json")
                .then()
                .body("paths.'/persoon'.post.parameters.name", hasItem("Idempotency-Key"));
    }
}
