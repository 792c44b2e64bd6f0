package nl.kcc.klantinteracties.api.problem;

import static org.hamcrest.Matchers.equalTo;

import com.zaxxer.hikari.HikariDataSource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.util.ArrayList;
import javax.sql.DataSource;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A register whose database connections are all in use answers 503 with {@code Retry-After}, as a problem response,
 * and stores nothing; it answers again as soon as a connection is free.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "klantinteracties.database.ephemeral=true",
            "klantinteracties.database.maximum-pool-size=2",
            "klantinteracties.database.connection-timeout=250ms"
        })
class BusyDatabaseIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApiTokens tokens;

    @Test
    void aRequestThatGetsNoConnectionIs503AndChangesNothing() throws Exception {
        String key = tokens.create("druk", Scope.ALL, null);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);

        var held = new ArrayList<Connection>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            api(key).body(Bodies.klantcontact())
                    .post("/klantcontacten")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("code", equalTo("service_unavailable"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        api(key).get("/klantcontacten").then().statusCode(200).body("count", equalTo(0));
    }

    private RequestSpecification api(String key) {
        return RestAssured.given()
                .port(port)
                .basePath("/klantinteracties/api/v1")
                .header("Authorization", "Token " + key)
                .contentType("application/json");
    }
}
