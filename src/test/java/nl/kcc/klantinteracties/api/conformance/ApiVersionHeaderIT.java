package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/** Every response of an API says which version of the standard answered, errors and refusals included. */
class ApiVersionHeaderIT extends ApiIT {

    @Test
    void successesCarryTheVersion() {
        api().get("/klantcontacten").then().statusCode(200).header("API-version", equalTo("0.9.0"));
        api().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .header("API-version", equalTo("0.9.0"));
    }

    @Test
    void errorsAndRefusalsCarryTheVersion() {
        api().get("/klantcontacten/5e4cda20-8b1e-4d38-a5a1-6a3f4e0f2c11")
                .then()
                .statusCode(404)
                .header("API-version", equalTo("0.9.0"));
        api().body(Bodies.with(Bodies.klantcontact(), "taal", "nederlands"))
                .post("/klantcontacten")
                .then()
                .statusCode(400)
                .header("API-version", equalTo("0.9.0"));
        anonymous()
                .get("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(401)
                .header("API-version", equalTo("0.9.0"));
    }

    @Test
    void theContactgegevensApiHasItsOwnVersion() {
        anonymous()
                .get("/contactgegevens/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .header("API-version", equalTo("1.1.1"));
    }

    @Test
    void pagesOutsideTheApisCarryNoVersion() {
        anonymous().get("/actuator/health").then().statusCode(200).header("API-version", nullValue());
    }
}
