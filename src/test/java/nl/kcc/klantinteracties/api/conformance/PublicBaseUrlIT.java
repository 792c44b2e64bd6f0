package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With a configured public address, every URL names it, whatever Host or X-Forwarded-* a request carries. */
@TestPropertySource(properties = "klantinteracties.public-base-url=https://klanten.gemeente.nl")
class PublicBaseUrlIT extends ApiIT {

    @Test
    void urlsNameThePublicAddress() {
        String base = "https://klanten.gemeente.nl/klantinteracties/api/v1/klantcontacten/";
        String uuid = api().header("X-Forwarded-Host", "aanvaller.example")
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .header("Location", startsWith(base))
                .body("url", startsWith(base))
                .extract()
                .path("uuid");
        api().header("Host", "aanvaller.example")
                .get("/klantcontacten/" + uuid)
                .then()
                .statusCode(200)
                .body("url", equalTo(base + uuid));
        api().get("/klantcontacten?pageSize=1&page=1")
                .then()
                .statusCode(200)
                .body("results[0].url", equalTo(base + uuid));
    }
}
