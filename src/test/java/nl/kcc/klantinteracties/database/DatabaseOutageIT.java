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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * {@code Retry-After} well within the pool's wait and readiness is DOWN; afterwards the register serves again without
 * a restart and has lost nothing it acknowledged. The PostgreSQL server is a process of the test's own, on a data
 * directory that survives the stop.
 *
 * <p>The pool's wait is set to a minute, so that no answer below can come from it; the bounds the test holds the
 * register to are a tenth of that, loose enough for a loaded two-core machine.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "klantinteracties.observability.database-probe-interval=500ms",
            "spring.datasource.hikari.connection-timeout=60000"
        })
class DatabaseOutageIT {

    private static final long QUICK_MILLIS = 6_000;
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
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acknowledged.add(api(key).body(Bodies.klantcontact())
                    .post("/klantcontacten")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("uuid"));
        }

        postgres.close();

        // Requests sent right away, before the probe has seen it: each is answered quickly, whether it finds a dead
        // pooled connection or waits for a new one; none is a 500.
        try (var clients = Executors.newFixedThreadPool(4)) {
            List<Future<long[]>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(clients.submit(
                        () -> timed(() -> api(key).body(Bodies.klantcontact()).post("/klantcontacten"))));
            }
            for (var answer : answers) {
                long[] statusAndMillis = answer.get();
                assertThat(statusAndMillis[0]).isEqualTo(503);
                assertThat(statusAndMillis[1])
                        .as("answered after %d ms", statusAndMillis[1])
                        .isLessThan(QUICK_MILLIS);
            }
        }
        waitForReadiness(503);

        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Response refused = api(key).body(Bodies.klantcontact()).post("/klantcontacten");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.<String>path("code")).isEqualTo("service_unavailable");
            assertThat(millis).as("answered after %d ms", millis).isLessThan(QUICK_MILLIS);
        }
        api(key).get("/klantcontacten/" + acknowledged.getFirst())
                .then()
                .statusCode(503)
                .header("Retry-After", "5");
        RestAssured.given().port(port).get("/actuator/health/liveness").then().statusCode(200);

        postgres = EmbeddedPostgresServer.attach(DATA, PORT, false);
        waitForReadiness(200);

        for (String uuid : acknowledged) {
            api(key).get("/klantcontacten/" + uuid).then().statusCode(200);
        }
        api(key).body(Bodies.klantcontact()).post("/klantcontacten").then().statusCode(201);
        assertThat(api(key).get("/klantcontacten")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("count"))
                .as("the acknowledged five and the one after; nothing refused during the outage")
                .isEqualTo(6);
    }

    private interface Call {
        Response send();
    }

    private static long[] timed(Call call) {
        long start = System.nanoTime();
        int status = call.send().statusCode();
        return new long[] {status, (System.nanoTime() - start) / 1_000_000};
    }

    private void waitForReadiness(int status) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (RestAssured.given().port(port).get("/actuator/health/readiness").statusCode() == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Readiness did not become " + status);
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
            return Files.createTempDirectory("outage-pg");
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
