package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Every object has a uuid and an absolute url, as the client reached the register. X-Forwarded-* headers count only
 * from a configured proxy (see {@code TrustedProxyIT}); from anyone else they are ignored. There are no trailing
 * slashes.
 */
class ResourceUrlsIT extends ApiIT {

    @Test
    void urlsAreAbsoluteAndEndInTheUuid() {
        api().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .body(
                        "url",
                        matchesPattern(
                                "http://localhost:" + port + "/klantinteracties/api/v1/klantcontacten/[0-9a-f-]{36}"))
                .body("uuid", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void forwardedHeadersFromAClientAreIgnored() {
        String own = "http://localhost:" + port + "/klantinteracties/api/v1/klantcontacten/";
        api().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "aanvaller.example")
                .header("X-Forwarded-Port", "443")
                .header("Forwarded", "host=aanvaller.example;proto=https")
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .header("Location", startsWith(own))
                .body("url", startsWith(own));
    }

    @Test
    void aTrailingSlashIsNotAResource() {
        api().get("/klantcontacten/").then().statusCode(404);
    }
}
