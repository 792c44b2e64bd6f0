package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a configured proxy (here: the test, on loopback), object URLs, {@code Location} and HSTS follow the
 * X-Forwarded-* headers the proxy sends.
 */
@TestPropertySource(properties = "klantinteracties.trusted-proxies=127.0.0.1,::1")
class TrustedProxyIT extends ApiIT {

    @Test
    void urlsFollowTheProxysForwardedHost() {
        api().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "klantinteracties.gemeente.nl")
                .header("X-Forwarded-Port", "443")
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .header("Location", startsWith("https://klantinteracties.gemeente.nl/klantinteracties/api/v1/"))
                .header("Strict-Transport-Security", containsString("max-age="))
                .body(
                        "url",
                        startsWith("https://klantinteracties.gemeente.nl/klantinteracties/api/v1/klantcontacten/"));
    }
}
