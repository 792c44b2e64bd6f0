package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A key is kept for {@code klantinteracties.api.idempotency.retention}; afterwards it is a new request again. */
@TestPropertySource(properties = "klantinteracties.api.idempotency.retention=1s")
class IdempotencyKeyExpiryIT extends ApiIT {

    @Test
    void anExpiredKeyMakesANewObject() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = api().header("Idempotency-Key", key)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .path("uuid");
        Thread.sleep(1_500);
        String second = api().header("Idempotency-Key", key)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        assertThat(second).isNotEqualTo(first);
        api().get("/klantcontacten").then().body("count", equalTo(2));
    }
}
