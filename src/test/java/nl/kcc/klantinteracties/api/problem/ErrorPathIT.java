package nl.kcc.klantinteracties.api.problem;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** The container's error path is no page of the register: asked for directly, it is an unknown path. */
class ErrorPathIT extends ApiIT {

    @Test
    void theErrorPathIsNotFound() {
        for (String path : new String[] {"/error", "/error/", "/error.json"}) {
            anonymous()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", equalTo("not_found"))
                    .body("status", equalTo(404));
        }
        anonymous()
                .contentType("application/json")
                .body("{}")
                .post("/error")
                .then()
                .statusCode(404)
                .body("code", equalTo("not_found"));
    }

    @Test
    void realErrorsStillAnswerWithTheirProblem() {
        api().get("/klantcontacten/4d0c9a0e-1d33-4c4e-9f1e-2b6f3e9a0c11")
                .then()
                .statusCode(404)
                .body("code", equalTo("not_found"));
        anonymous().get("/nergens").then().statusCode(404).contentType("application/problem+json");
    }
}
