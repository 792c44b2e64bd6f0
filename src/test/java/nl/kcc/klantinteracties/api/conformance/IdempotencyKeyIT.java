package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.restassured.response.Response;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A POST with an {@code Idempotency-Key} is carried out once: a retry with the same key and body gets the first
 * answer again, the same key with another body is a 422, and a retry while the first still runs is a 409.
 */
class IdempotencyKeyIT extends ApiIT {

    @Autowired
    DataSource dataSource;

    @Test
    void aRetryGetsTheFirstAnswerAndStoresNothingMore() {
        String key = UUID.randomUUID().toString();
        Response first =
                api().header("Idempotency-Key", key).body(Bodies.klantcontact()).post("/klantcontacten");
        Response retry =
                api().header("Idempotency-Key", key).body(Bodies.klantcontact()).post("/klantcontacten");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.header("API-version")).isEqualTo("0.9.0");
        api().get("/klantcontacten").then().body("count", equalTo(1));
    }

    @Test
    void theKeyMayBeSentAsAStructuredFieldString() {
        String key = UUID.randomUUID().toString();
        String uuid = api().header("Idempotency-Key", "\"" + key + "\"")
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .path("uuid");
        api().header("Idempotency-Key", key)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .body("uuid", equalTo(uuid));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).body(Bodies.klantcontact()).post("/klantcontacten");
        api().header("Idempotency-Key", key)
                .body(Bodies.with(Bodies.klantcontact(), "onderwerp", "Iets anders"))
                .post("/klantcontacten")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("idempotency_key_reused"))
                .body("status", equalTo(422));
        api().header("Idempotency-Key", key)
                .body(Bodies.klantcontact())
                .post("/maak-klantcontact")
                .then()
                .statusCode(422);
        api().get("/klantcontacten").then().body("count", equalTo(1));
    }

    @Test
    void aRefusedRequestLeavesTheKeyFree() {
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key)
                .body(Bodies.with(Bodies.klantcontact(), "taal", "nederlands"))
                .post("/klantcontacten")
                .then()
                .statusCode(400);
        api().header("Idempotency-Key", key)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201);
        api().get("/klantcontacten").then().body("count", equalTo(1));
    }

    @Test
    void keysAreThoseOfOneApplication() {
        String key = UUID.randomUUID().toString();
        String other = tokenFor("andere-applicatie", Scope.ALL);
        String mine = api().header("Idempotency-Key", key)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .path("uuid");
        String theirs = api(other)
                .header("Idempotency-Key", key)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void anUnusableKeyIsA400() {
        for (String key : new String[] {"", "met spatie", "x".repeat(256)}) {
            api().header("Idempotency-Key", key)
                    .body(Bodies.klantcontact())
                    .post("/klantcontacten")
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("Idempotency-Key"));
        }
        api().get("/klantcontacten").then().body("count", equalTo(0));
    }

    @Test
    void aRetryWhileTheFirstRunsIs409() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Response> first;
        // The test holds the table, so the first request waits inside its write; the retry comes meanwhile.
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table klantcontact in exclusive mode");
            first = CompletableFuture.supplyAsync(() -> api().header("Idempotency-Key", key)
                    .body(Bodies.klantcontact())
                    .post("/klantcontacten"));
            waitUntilClaimed(key);
            api().header("Idempotency-Key", key)
                    .body(Bodies.klantcontact())
                    .post("/klantcontacten")
                    .then()
                    .statusCode(409)
                    .header("Retry-After", notNullValue())
                    .body("code", equalTo("idempotency_key_in_flight"));
            lock.rollback();
        }
        Response done = first.get();
        assertThat(done.statusCode()).isEqualTo(201);
        api().header("Idempotency-Key", key)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .body("uuid", equalTo(done.path("uuid")));
        api().get("/klantcontacten").then().body("count", equalTo(1));
    }

    @Test
    void parallelRetriesStoreOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(10);
        var answers = new ArrayList<Future<Integer>>();
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api().header("Idempotency-Key", key)
                            .body(Map.of("klantcontact", Bodies.klantcontact()))
                            .post("/maak-klantcontact")
                            .statusCode();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            // A retry that arrives while the first is stored waits its turn (409); one after it gets the first answer.
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
        } finally {
            pool.shutdownNow();
        }
        api().get("/klantcontacten").then().body("count", equalTo(1));
    }

    private void waitUntilClaimed(String key) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Integer claimed = jdbc.sql("select count(*) from idempotency_key where key = ?")
                    .param(key)
                    .query(Integer.class)
                    .single();
            if (claimed == 1) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The first request never claimed its key");
    }
}
