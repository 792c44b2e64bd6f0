package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Every error is {@code application/problem+json} with type, code, title, status, detail and a urn:uuid instance;
 * invalid input adds {@code invalidParams} with dotted field names. Nothing internal leaks into it.
 */
class ProblemFormatIT extends ApiIT {

    @Test
    void invalidInputNamesEveryFieldWithItsCode() {
        api().body(Bodies.with(Bodies.klantcontact(), "taal", "nederlands", "kanaal", "", "vertrouwelijk", "nee"))
                .post("/klantcontacten")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("http://localhost:" + port + "/ref/fouten/ValidationError/"))
                .body("code", equalTo("invalid"))
                .body("status", equalTo(400))
                .body("instance", matchesPattern("urn:uuid:[0-9a-f-]{36}"))
                .body("invalidParams.name", contains("kanaal", "taal", "vertrouwelijk"))
                .body("invalidParams.code", contains("blank", "max_length", "invalid"));
    }

    @Test
    void nestedFieldsAreNamedWithDots() {
        api().body(Bodies.with(Bodies.klantcontact(), "metadata", java.util.Map.of("kenmerk", true)))
                .post("/klantcontacten")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("metadata.kenmerk"))
                .body("invalidParams[0].code", equalTo("invalid"));
    }

    @Test
    void anUnknownOrMalformedUuidIsNotFound() {
        for (String path :
                new String[] {"/klantcontacten/4d0c9a0e-1d33-4c4e-9f1e-2b6f3e9a0c11", "/klantcontacten/12"}) {
            api().get(path)
                    .then()
                    .statusCode(404)
                    .body("code", equalTo("not_found"))
                    .body("title", equalTo("Niet gevonden."))
                    .body("$", not(hasKey("invalidParams")));
        }
    }

    @Test
    void malformedJsonIsAParseError() {
        api().body("{\"kanaal\": ")
                .post("/klantcontacten")
                .then()
                .statusCode(400)
                .body("code", equalTo("parse_error"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        api().contentType("text/plain")
                .body("kanaal=telefoon")
                .post("/klantcontacten")
                .then()
                .statusCode(415)
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void anUnsupportedMethodIsRefusedWithTheMethodsThatAre() {
        api().delete("/klantcontacten")
                .then()
                .statusCode(405)
                .body("code", equalTo("method_not_allowed"))
                .header("Allow", containsString("GET"));
    }

    @Test
    void aMissingTokenAndAWrongTokenAreTold() {
        anonymous()
                .get("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Token"))
                .body("code", equalTo("not_authenticated"));
        anonymous()
                .header("Authorization", "Token nietbestaand")
                .get("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(401)
                .body("code", equalTo("authentication_failed"));
    }
}
