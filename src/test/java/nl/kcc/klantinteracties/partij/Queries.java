package nl.kcc.klantinteracties.partij;

import static org.hamcrest.Matchers.*;

import io.restassured.specification.RequestSpecification;

/** Checks of list queries, written as the client sends them (already URL-encoded). */
public final class Queries {

    private Queries() {}

    /** The list at {@code path} with this query holds exactly these objects, in this order. */
    public static void finds(RequestSpecification api, String path, String query, String... uuids) {
        api.urlEncodingEnabled(false)
                .get(query.isEmpty() ? path : path + "?" + query)
                .then()
                .statusCode(200)
                .body("count", equalTo(uuids.length))
                .body("results.uuid", uuids.length == 0 ? empty() : contains(uuids));
    }

    /** The query is refused with exactly one problem, under this name and code. */
    public static void refuses(RequestSpecification api, String path, String query, String name, String code) {
        api.urlEncodingEnabled(false)
                .get(path + "?" + query)
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid"))
                .body("invalidParams.name", contains(name))
                .body("invalidParams.code", contains(code));
    }
}
