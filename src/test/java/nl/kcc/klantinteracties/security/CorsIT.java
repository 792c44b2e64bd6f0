package nl.kcc.klantinteracties.security;

import static org.hamcrest.Matchers.*;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With an origin configured, a browser on that origin may call the APIs; other origins still may not. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "klantinteracties.database.ephemeral=true",
            "klantinteracties.cors.allowed-origins=https://kcc.gemeente.example"
        })
class CorsIT {

    @LocalServerPort
    int port;

    @Test
    void theConfiguredOriginMayCallTheApi() {
        RestAssured.given()
                .port(port)
                .header("Origin", "https://kcc.gemeente.example")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/klantinteracties/api/v1/klantcontacten/3f2a0e54-3c50-4b9a-a6a1-0b1e0c7f6a11")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://kcc.gemeente.example"))
                .header("Access-Control-Allow-Methods", containsString("PATCH"));
        RestAssured.given()
                .port(port)
                .header("Origin", "https://kcc.gemeente.example")
                .get("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo("https://kcc.gemeente.example"))
                .header("Access-Control-Expose-Headers", containsString("API-version"));
    }

    @Test
    void otherOriginsMayNot() {
        RestAssured.given()
                .port(port)
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(403);
    }
}
