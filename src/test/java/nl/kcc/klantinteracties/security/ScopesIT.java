package nl.kcc.klantinteracties.security;

import static org.hamcrest.Matchers.*;

import java.time.OffsetDateTime;
import java.util.Set;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A token belongs to an application and allows what its scopes say: reading an API needs its lezen scope, writing its
 * schrijven scope. Without the scope the answer is 403; without a valid key (unknown, expired, revoked) it is 401.
 */
class ScopesIT extends ApiIT {

    @Autowired
    ApiTokens tokens;

    @Test
    void readingAndWritingEachNeedTheirScope() {
        String lezer = keyWith(Scope.KLANTINTERACTIES_LEZEN);
        String schrijver = keyWith(Scope.KLANTINTERACTIES_SCHRIJVEN);

        String uuid = api().body(Bodies.klantcontact()).post("/klantcontacten").path("uuid");

        api(lezer).get("/klantcontacten").then().statusCode(200).body("count", equalTo(1));
        api(lezer).get("/klantcontacten/" + uuid).then().statusCode(200);
        api(lezer).get("/klantcontacten/" + uuid + "/audittrail").then().statusCode(200);
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            String path = method.equals("POST") ? "/klantcontacten" : "/klantcontacten/" + uuid;
            api(lezer)
                    .body(Bodies.klantcontact())
                    .request(method, path)
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("permission_denied"))
                    .body("detail", containsString("klantinteracties:schrijven"));
        }
        api(lezer).body(Bodies.klantcontact()).post("/maak-klantcontact").then().statusCode(403);

        api(schrijver).get("/klantcontacten").then().statusCode(403).body("detail", containsString("lezen"));
        api(schrijver)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201);
        api(schrijver)
                .body(java.util.Map.of("inhoud", "aangevuld"))
                .patch("/klantcontacten/" + uuid)
                .then()
                .statusCode(200);
        api(schrijver).delete("/klantcontacten/" + uuid).then().statusCode(204);
    }

    @Test
    void theScopesOfOneApiGiveNothingInTheOther() {
        String klantinteracties = keyWith(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN);
        String contactgegevens = keyWith(Scope.CONTACTGEGEVENS_LEZEN, Scope.CONTACTGEGEVENS_SCHRIJVEN);

        anonymous()
                .header("Authorization", "Token " + klantinteracties)
                .get("/contactgegevens/api/v1/persoon")
                .then()
                .statusCode(403);
        anonymous()
                .header("Authorization", "Token " + contactgegevens)
                .get("/contactgegevens/api/v1/persoon")
                .then()
                .statusCode(200);
        api(contactgegevens).get("/klantcontacten").then().statusCode(403);
    }

    @Test
    void expiredAndRevokedKeysStopWorkingAtOnce() {
        String verlopen =
                tokens.create("verlopen", Scope.DEFAULT, OffsetDateTime.now().minusMinutes(1));
        api(verlopen).get("/klantcontacten").then().statusCode(401).body("code", equalTo("authentication_failed"));

        String geldig =
                tokens.create("nog-geldig", Scope.DEFAULT, OffsetDateTime.now().plusDays(1));
        api(geldig).get("/klantcontacten").then().statusCode(200);
        tokens.revoke("nog-geldig");
        api(geldig).get("/klantcontacten").then().statusCode(401).body("code", equalTo("authentication_failed"));
    }

    @Test
    void refusalsSayNothingAboutWhichTokensExist() {
        String revoked = tokens.create("ingetrokken", Set.of(Scope.KLANTINTERACTIES_LEZEN), null);
        tokens.revoke("ingetrokken");
        String unknown = "0".repeat(48);
        String revokedDetail = api(revoked)
                .get("/klantcontacten")
                .then()
                .statusCode(401)
                .extract()
                .path("detail");
        String unknownDetail = api(unknown)
                .get("/klantcontacten")
                .then()
                .statusCode(401)
                .extract()
                .path("detail");
        org.assertj.core.api.Assertions.assertThat(revokedDetail).isEqualTo(unknownDetail);
    }
}
