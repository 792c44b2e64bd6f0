package nl.kcc.klantinteracties.security;

import static org.hamcrest.Matchers.*;

import io.restassured.response.ValidatableResponse;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Every API response carries the security headers of the Dutch API Design Rules ({@code /core/transport/security-headers})
 * and, over TLS, Strict-Transport-Security. Request bodies above the limit get 413.
 */
class SecurityHeadersIT extends ApiIT {

    @Test
    void successesErrorsAndRefusalsCarryTheHeaders() {
        expectHeaders(api().get("/klantcontacten").then().statusCode(200));
        expectHeaders(
                api().body(Bodies.klantcontact()).post("/klantcontacten").then().statusCode(201));
        expectHeaders(api().get("/klantcontacten/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404));
        expectHeaders(anonymous()
                .get("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(401));
        expectHeaders(
                anonymous().get("/klantinteracties/api/v1/openapi.json").then().statusCode(200));
    }

    @Test
    void strictTransportSecurityOnlyOverTls() {
        api().get("/klantcontacten").then().header("Strict-Transport-Security", nullValue());
        // A client's own claim of TLS does not count; a trusted proxy's does (TrustedProxyIT).
        api().header("X-Forwarded-Proto", "https")
                .get("/klantcontacten")
                .then()
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void aBodyAboveTheLimitIsRefused() {
        String tooLarge = "{\"kanaal\": \"" + "x".repeat(1_100_000) + "\"}";
        expectHeaders(api().body(tooLarge)
                .post("/klantcontacten")
                .then()
                .statusCode(413)
                .body("code", equalTo("payload_too_large")));
        api().get("/klantcontacten").then().body("count", equalTo(0));
    }

    /** Without an Access-Control-Allow-Origin a browser lets no page of another origin read the answer. */
    @Test
    void crossOriginCallsAreNotAllowedUnlessConfigured() {
        anonymous()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/klantinteracties/api/v1/klantcontacten")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        api().header("Origin", "https://evil.example")
                .get("/klantcontacten")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    private static void expectHeaders(ValidatableResponse response) {
        response.header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"));
    }
}
