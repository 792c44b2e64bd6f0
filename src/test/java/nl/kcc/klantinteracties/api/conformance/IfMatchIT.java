package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Every object comes with a strong ETag; PUT, PATCH and DELETE with If-Match change it only if it is still at that
 * version (else 412), so no update is silently overwritten. Without If-Match, writes work as the standard's clients
 * expect.
 */
class IfMatchIT extends ApiIT {

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        Response created = api().body(Bodies.klantcontact()).post("/klantcontacten");
        String uuid = created.path("uuid");
        String etag = created.header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\"");
        api().get("/klantcontacten/" + uuid).then().header("ETag", equalTo(etag));

        String newer = api().header("If-Match", etag)
                .body(Map.of("inhoud", "eerste correctie"))
                .patch("/klantcontacten/" + uuid)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(newer).isNotEqualTo(etag);

        api().header("If-Match", etag)
                .body(Map.of("inhoud", "tweede correctie"))
                .patch("/klantcontacten/" + uuid)
                .then()
                .statusCode(412)
                .body("code", equalTo("precondition_failed"));
        api().header("If-Match", etag).delete("/klantcontacten/" + uuid).then().statusCode(412);
        api().get("/klantcontacten/" + uuid).then().body("inhoud", equalTo("eerste correctie"));

        String replaced = api().header("If-Match", "\"ander\", " + newer)
                .body(Bodies.with(Bodies.klantcontact(), "inhoud", "vervangen"))
                .put("/klantcontacten/" + uuid)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        // PUT answers with the new version's tag, as POST and PATCH do, so the client can go on without a GET.
        assertThat(replaced).matches("\"[A-Za-z0-9_-]{43}\"").isNotEqualTo(newer);
        api().get("/klantcontacten/" + uuid).then().header("ETag", equalTo(replaced));
        api().body(Map.of("inhoud", "zonder If-Match"))
                .patch("/klantcontacten/" + uuid)
                .then()
                .statusCode(200);
        api().header("If-Match", "*").delete("/klantcontacten/" + uuid).then().statusCode(204);
    }

    /**
     * Many clients add one to a counter at the same time, each reading the object and writing it back with If-Match,
     * trying again after a 412. Every addition survives, and the audit trail shows an unbroken chain of versions.
     */
    @Test
    void concurrentConflictingPatchesLoseNothing() throws Exception {
        String uuid = api().body(Bodies.with(Bodies.klantcontact(), "metadata", Map.of("teller", "0")))
                .post("/klantcontacten")
                .path("uuid");
        int clients = 12;
        var pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> refusals = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            refusals.add(pool.submit(addOne(uuid)));
        }
        int refused = 0;
        for (var result : refusals) {
            refused += result.get();
        }
        pool.shutdown();

        api().get("/klantcontacten/" + uuid).then().body("metadata.teller", equalTo(Integer.toString(clients)));
        assertThat(refused)
                .as("some writes met a newer version and were refused")
                .isPositive();

        List<Map<String, Object>> trail = api().get("/klantcontacten/" + uuid + "/audittrail")
                .then()
                .body("count", equalTo(clients + 1))
                .extract()
                .path("results.findAll { it.actie == 'partial_update' }.wijzigingen");
        assertThat(trail).hasSize(clients);
        var seen = new ArrayList<Integer>();
        for (var change : trail) {
            int before = Integer.parseInt(teller(change.get("oud")));
            int after = Integer.parseInt(teller(change.get("nieuw")));
            assertThat(after).isEqualTo(before + 1);
            seen.add(after);
        }
        assertThat(seen)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, clients)
                        .boxed()
                        .toList());
    }

    private Callable<Integer> addOne(String uuid) {
        return () -> {
            int refused = 0;
            while (true) {
                Response current = api().get("/klantcontacten/" + uuid);
                int teller = Integer.parseInt(current.path("metadata.teller"));
                int status = api().header("If-Match", current.header("ETag"))
                        .body(Map.of("metadata", Map.of("teller", Integer.toString(teller + 1))))
                        .patch("/klantcontacten/" + uuid)
                        .statusCode();
                if (status == 200) {
                    return refused;
                }
                assertThat(status).isEqualTo(412);
                refused++;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static String teller(Object klantcontact) {
        return ((Map<String, Map<String, String>>) klantcontact).get("metadata").get("teller");
    }
}
