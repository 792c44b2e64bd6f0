package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** A query parameter the endpoint does not know is an error, not silently ignored (a typo would return everything). */
class UnknownQueryParametersIT extends ApiIT {

    @Test
    void anUnknownFilterIsRefusedByName() {
        api().get("/klantcontacten?kanal=telefoon&onderwerp=afval")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("unknown-parameters"))
                .body("invalidParams[0].reason", containsString("kanal"))
                .body("invalidParams[0].reason", not(containsString("onderwerp")));
    }

    @Test
    void phpStyleArraysAreUnknownToo() {
        api().get("/klantcontacten?expand[]=hadBetrokkenen")
                .then()
                .statusCode(400)
                .body("invalidParams[0].code", equalTo("unknown-parameters"));
    }

    @Test
    void aDetailTakesOnlyExpand() {
        String url = api().body(nl.kcc.klantinteracties.support.Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .extract()
                .path("url");
        api().get(url + "?kanaal=telefoon")
                .then()
                .statusCode(400)
                .body("invalidParams[0].code", equalTo("unknown-parameters"));
        api().get(url + "?expand=hadBetrokkenen").then().statusCode(200);
    }

    @Test
    void aFilterGivenTwiceIsRefused() {
        api().get("/klantcontacten?kanaal=telefoon&kanaal=email")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("kanaal"));
    }
}
