package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Lists come in pages: {@code page} from 1, {@code pageSize} 100 unless asked (at most 500), in the envelope
 * {count, next, previous, results} with absolute links or null. A page past the end is a 404.
 */
class PaginationIT extends ApiIT {

    @Test
    void pagesLinkToTheirNeighbours() {
        for (int i = 0; i < 5; i++) {
            api().body(Bodies.with(Bodies.klantcontact(), "onderwerp", "vraag " + i))
                    .post("/klantcontacten");
        }
        String base = "http://localhost:" + port + "/klantinteracties/api/v1/klantcontacten";

        api().get("/klantcontacten?pageSize=2&kanaal=telefoon")
                .then()
                .statusCode(200)
                .body("count", equalTo(5))
                .body("results", hasSize(2))
                .body("previous", nullValue())
                .body("next", equalTo(base + "?pageSize=2&kanaal=telefoon&page=2"));

        api().get("/klantcontacten?pageSize=2&page=2")
                .then()
                .body("results", hasSize(2))
                .body("previous", equalTo(base + "?pageSize=2"))
                .body("next", equalTo(base + "?pageSize=2&page=3"));

        api().get("/klantcontacten?pageSize=2&page=3")
                .then()
                .body("results", hasSize(1))
                .body("previous", equalTo(base + "?pageSize=2&page=2"))
                .body("next", nullValue());
    }

    @Test
    void theDefaultPageHoldsAHundred() {
        api().get("/klantcontacten")
                .then()
                .statusCode(200)
                .body("count", equalTo(0))
                .body("results", empty());
    }

    @Test
    void aPagePastTheEndIsNotFound() {
        api().body(Bodies.klantcontact()).post("/klantcontacten");
        api().get("/klantcontacten?page=2").then().statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void pageAndPageSizeMustBeSensible() {
        for (String query : new String[] {"page=0", "page=abc", "pageSize=0", "pageSize=-1", "pageSize=1.5"}) {
            api().get("/klantcontacten?" + query)
                    .then()
                    .statusCode(400)
                    .body("invalidParams[0].code", equalTo("invalid"));
        }
        api().get("/klantcontacten?pageSize=1000000000000")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("pageSize"))
                .body("invalidParams[0].code", equalTo("max_value"));
        api().get("/klantcontacten?pageSize=500").then().statusCode(200);
    }
}
