package nl.kcc.klantinteracties.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The base of the API tests: the register runs on a random port with its own throw-away embedded PostgreSQL, every
 * test starts from empty tables, and every response is checked against the standard (see
 * {@link ContractValidation}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"klantinteracties.database.ephemeral=true", "klantinteracties.diagnostics.statements=true"})
public abstract class ApiIT {

    private static String key;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private ApiTokens tokens;

    @BeforeEach
    void startFromEmptyRegister() {
        // One key per database: test classes with another configuration get a register of their own. The werkplek's
        // kanalen are the register's configuration, as a migration made them: tests that change them put them back.
        if (key == null || tokens.authenticate(key).isEmpty()) {
            key = tokens.create("tests-" + java.util.UUID.randomUUID(), Scope.ALL, null);
        }
        var tables = jdbc.sql("""
                        select string_agg(quote_ident(tablename), ', ') from pg_tables
                        where schemaname = 'public'
                          and tablename not in ('flyway_schema_history', 'api_token', 'audit_entry', 'werkplek_kanaal', 'werkplek_gespreksresultaat')""").query(String.class).single();
        if (tables != null) {
            jdbc.sql("truncate table " + tables + " cascade").update();
        }
    }

    /** A request to the Klantinteracties API with a valid token. */
    protected RequestSpecification api() {
        return api(key);
    }

    /** A request to the Klantinteracties API with this key instead of the test's full-access one. */
    protected RequestSpecification api(String key) {
        return RestAssured.given()
                .baseUri("http://localhost")
                .port(port)
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + key)
                .contentType(ContentType.JSON)
                .filter(ContractValidation.of("klantinteracties", port));
    }

    /**
     * A request to the Klantinteracties API that uses the register's additions to the standard's operations (such as
     * the optional parts of /maak-klantcontact); its response is checked against the register's own document.
     */
    protected RequestSpecification extended() {
        return RestAssured.given()
                .baseUri("http://localhost")
                .port(port)
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + key)
                .contentType(ContentType.JSON)
                .filter(ContractValidation.extended("klantinteracties", port));
    }

    /** A request to the Contactgegevens API with a valid token. */
    protected RequestSpecification contactgegevens() {
        return RestAssured.given()
                .baseUri("http://localhost")
                .port(port)
                .basePath(ApiPaths.CONTACTGEGEVENS)
                .header("Authorization", "Token " + key)
                .contentType(ContentType.JSON)
                .filter(ContractValidation.of("contactgegevens", port));
    }

    /** A request to the register without a token and without contract checks, e.g. for health or refusals. */
    protected RequestSpecification anonymous() {
        return RestAssured.given().baseUri("http://localhost").port(port);
    }

    protected String key() {
        return key;
    }

    /**
     * The key of an application's token made as the README tells the operator to ({@code tokens create <application>
     * --scope ...}); the token an earlier test made under that name is revoked first, as an operator rotating it would.
     */
    protected String tokenFor(String application, java.util.Set<Scope> scopes) {
        tokens.revoke(application);
        return tokens.create(application, scopes, null);
    }

    /** A key of a token of its own with just these scopes, for tests of what a token may do. */
    protected String keyWith(Scope... scopes) {
        return tokens.create("beperkt-" + java.util.UUID.randomUUID(), java.util.Set.of(scopes), null);
    }
}
