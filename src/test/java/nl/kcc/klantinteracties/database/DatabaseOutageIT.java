package nl.kcc.klantinteracties.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stops while the register serves and starts again: meanwhile requests are answered 503 with
 * {@code Retry-After} at once and readiness is DOWN; afterwards the register serves again without a restart and has
 * lost nothing it acknowledged. The PostgreSQL server is a process of the test's own, on a data directory that
 * survives the stop.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "klantinteracties.database.probe-interval=500ms",
            // The pool's wait stays long, as in production: the answers below must not come from it.
            "spring.datasource.hikari.connection-timeout=30000"
        })
class DatabaseOutageIT {

    private static final Path DATA = temporaryDirectory();
    private static final int PORT = freePort();
    private static EmbeddedPostgresServer postgres = EmbeddedPostgresServer.attach(DATA, PORT, false);

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Test
    void anOutageIs503AndTheRegisterServesAgainAfterwards() throws Exception {
        String key = tokens.create("storing");
        String acknowledged = api(key).body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        postgres.close();
        Thread.sleep(1_500);

        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Response refused = api(key).body(Bodies.klantcontact()).post("/klantcontacten");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.<String>path("code")).isEqualTo("service_unavailable");
            assertThat(millis).as("answered after %d ms", millis).isLessThan(2_000);
        }
        api(key).get("/klantcontacten/" + acknowledged).then().statusCode(503);
        RestAssured.given().port(port).get("/actuator/health/readiness").then().statusCode(503);
        RestAssured.given().port(port).get("/actuator/health/liveness").then().statusCode(200);

        postgres = EmbeddedPostgresServer.attach(DATA, PORT, false);
        waitUntilReady();

        api(key).get("/klantcontacten/" + acknowledged).then().statusCode(200);
        api(key).body(Bodies.klantcontact()).post("/klantcontacten").then().statusCode(201);
        assertThat(api(key).get("/klantcontacten")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("count"))
                .isEqualTo(2);
    }

    private void waitUntilReady() throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (RestAssured.given().port(port).get("/actuator/health/readiness").statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The register did not become ready again");
    }

    private RequestSpecification api(String key) {
        return RestAssured.given()
                .port(port)
                .basePath("/klantinteracties/api/v1")
                .header("Authorization", "Token " + key)
                .contentType("application/json");
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("outage-pg");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
