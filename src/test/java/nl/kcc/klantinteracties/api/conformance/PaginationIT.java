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
                .body("next", equalTo(base + "?kanaal=telefoon&page=2&pageSize=2"));

        api().get("/klantcontacten?pageSize=2&page=2")
                .then()
                .body("results", hasSize(2))
                .body("previous", equalTo(base + "?pageSize=2"))
                .body("next", equalTo(base + "?page=3&pageSize=2"));

        api().get("/klantcontacten?pageSize=2&page=3")
                .then()
                .body("results", hasSize(1))
                .body("previous", equalTo(base + "?page=2&pageSize=2"))
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

    /**
     * Open Klant's {@code test_list_pagination_pagesize_param} expects {@code ?page=2&pageSize=5} for a request of
     * {@code ?pageSize=5}: the links have their parameters sorted by name and encoded as a form encodes them.
     */
    @Test
    void linksWriteTheParametersAsTheReferenceDoes() {
        for (int i = 0; i < 3; i++) {
            api().body(Bodies.persoon("Jan", "Jansen " + i, new String[] {"111222333", "123456782", "999993653"}[i]))
                    .post("/partijen");
        }
        String base = "http://localhost:" + port + "/klantinteracties/api/v1/partijen";

        api().urlEncodingEnabled(false)
                .get("/partijen?soortPartij=persoon&pageSize=1&expand=digitaleAdressen,betrokkenen")
                .then()
                .statusCode(200)
                .body(
                        "next",
                        equalTo(base + "?expand=digitaleAdressen%2Cbetrokkenen&page=2&pageSize=1&soortPartij=persoon"));

        api().urlEncodingEnabled(false)
                .get("/partijen?soortPartij=persoon&page=3&pageSize=1&expand=digitaleAdressen")
                .then()
                .statusCode(200)
                .body("previous", equalTo(base + "?expand=digitaleAdressen&page=2&pageSize=1&soortPartij=persoon"))
                .body("next", nullValue());

        api().urlEncodingEnabled(false)
                .get("/partijen?pageSize=1&page=2&expand=digitaleAdressen&expand=betrokkenen")
                .then()
                .statusCode(200)
                .body("previous", equalTo(base + "?expand=digitaleAdressen&expand=betrokkenen&pageSize=1"))
                .body("next", equalTo(base + "?expand=digitaleAdressen&expand=betrokkenen&page=3&pageSize=1"));
    }

    /** The reference reads an empty {@code page} or {@code pageSize} as not given. */
    @Test
    void anEmptyPageOrPageSizeIsTheDefault() {
        api().body(Bodies.klantcontact()).post("/klantcontacten");
        api().get("/klantcontacten?page=&pageSize=")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results", hasSize(1));
    }

    /** Django REST framework's {@code page=last}, which the reference offers: the last page, with its links. */
    @Test
    void pageLastIsTheLastPage() {
        api().get("/klantcontacten?page=last").then().statusCode(200).body("count", equalTo(0));
        for (int i = 0; i < 5; i++) {
            api().body(Bodies.klantcontact()).post("/klantcontacten");
        }
        String base = "http://localhost:" + port + "/klantinteracties/api/v1/klantcontacten";
        api().get("/klantcontacten?pageSize=2&page=last")
                .then()
                .statusCode(200)
                .body("count", equalTo(5))
                .body("results", hasSize(1))
                .body("previous", equalTo(base + "?page=2&pageSize=2"))
                .body("next", nullValue());
    }
}
