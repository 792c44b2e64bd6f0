package nl.kcc.klantinteracties.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code SPRING_DATASOURCE_URL} set, the register uses that PostgreSQL server, migrates its schema there and
 * starts nothing embedded. The server here is started by the test, standing in for the municipality's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalDatabaseIT {

    private static final EmbeddedPostgresServer EXTERNAL = EmbeddedPostgresServer.startEphemeral();

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EXTERNAL.jdbcUrl("postgres"));
        registry.add("spring.datasource.username", EXTERNAL::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() {
        EXTERNAL.close();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    @Test
    void usesTheConfiguredServerAndStartsNoneOfItsOwn() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();

        String key = tokens.create("extern");
        RestAssured.given()
                .port(port)
                .header("Authorization", "Token " + key)
                .contentType("application/json")
                .body(Bodies.klantcontact())
                .post("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(201);

        RestAssured.given()
                .port(port)
                .header("Authorization", "Token " + key)
                .get("/klantinteracties/api/v1/klantcontacten")
                .then()
                .body("count", equalTo(1));
    }
}
