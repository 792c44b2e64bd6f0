package nl.kcc.klantinteracties.security.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the tests that a caller without the vertrouwelijk scope learns nothing of what is hidden from it: the
 * {@link HiddenFixture} in an empty register (ApiIT empties it before each test), and a token of another application
 * with {@code lezen} and {@code schrijven} only.
 */
abstract class HiddenObjectsIT extends ApiIT {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected HiddenFixture fixture;
    protected String caller;

    @BeforeEach
    void everyKindOfHiddenObject() {
        fixture = new HiddenFixture(this::api);
        caller = keyWith(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN);
    }

    /** A request as the caller without the scope. */
    protected RequestSpecification asCaller() {
        return api(caller);
    }

    /** The same without checks against the standard, for answers whose shape is not the point (raw bodies). */
    protected RequestSpecification rawAsCaller() {
        return RestAssured.given()
                .baseUri("http://localhost")
                .port(port)
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + caller)
                .contentType("application/json");
    }

    protected void assertNoSecrets(String body, String where) {
        for (String secret : fixture.secrets()) {
            assertThat(body).as("%s holds %s", where, secret).doesNotContain(secret);
        }
    }

    /** A problem answer without what names the request ({@code instance}) and without the given uuid. */
    protected static String withoutInstance(String body, String uuid) {
        JsonNode tree = JSON.readTree(body);
        if (tree.isObject()) {
            ((tools.jackson.databind.node.ObjectNode) tree).remove("instance");
        }
        String text = JSON.writeValueAsString(tree);
        return uuid == null ? text : text.replace(uuid, "<uuid>");
    }

    protected JsonNode openApi() {
        return JSON.readTree(RestAssured.given()
                .baseUri("http://localhost")
                .port(port)
                .get(ApiPaths.KLANTINTERACTIES + "/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
