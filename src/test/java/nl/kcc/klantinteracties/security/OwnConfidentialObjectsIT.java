package nl.kcc.klantinteracties.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.Set;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * What an application without the vertrouwelijk scope sees of the confidential objects it registered itself (ADR
 * 0013): them and what hangs under them, at the same cost as any caller; another application's, not at all.
 */
class OwnConfidentialObjectsIT extends ApiIT {

    private static final Set<Scope> LEZEN_SCHRIJVEN =
            Set.of(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN);

    @Test
    void aSecretPartijItRegisteredAndItsDataStayItsOwn() {
        String eigen = tokenFor("portaal", LEZEN_SCHRIJVEN);
        String ander = tokenFor("ander-portaal", LEZEN_SCHRIJVEN);
        String partij = api(eigen)
                .body("""
                        {"soortPartij": "persoon", "indicatieActief": true, "indicatieGeheimhouding": true,
                         "partijIdentificatie": {"contactnaam": {"voornaam": "Geheim", "achternaam": "Persoon"}}}""")
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String adres = api(eigen)
                .body("""
                        {"verstrektDoorPartij": {"uuid": "%s"}, "adres": "geheim@example.nl",
                         "soortDigitaalAdres": "email", "omschrijving": ""}""".formatted(partij))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        api(eigen)
                .get("/partijen/" + partij + "?expand=digitaleAdressen")
                .then()
                .statusCode(200)
                .body("_expand.digitaleAdressen.uuid", contains(adres));
        api(eigen).get("/partijen?indicatieGeheimhouding=true").then().body("count", equalTo(1));

        api(ander).get("/partijen/" + partij).then().statusCode(404);
        api(ander).get("/digitaleadressen/" + adres).then().statusCode(404);
        api(ander).get("/partijen?indicatieGeheimhouding=true").then().body("count", equalTo(0));
        api(ander)
                .body("{\"indicatieActief\": false}")
                .patch("/partijen/" + partij)
                .then()
                .statusCode(404);
    }

    @Test
    void aContactItMadeConfidentialLaterStaysVisibleToIt() {
        String eigen = tokenFor("portaal", LEZEN_SCHRIJVEN);
        String klantcontact = api(eigen)
                .body("""
                        {"kanaal": "e-mail", "onderwerp": "Klacht", "taal": "nld", "vertrouwelijk": false,
                         "plaatsgevondenOp": "2026-01-05T10:00:00+01:00"}""")
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        api(eigen)
                .body("{\"vertrouwelijk\": true}")
                .patch("/klantcontacten/" + klantcontact)
                .then()
                .statusCode(200);

        api(eigen).get("/klantcontacten/" + klantcontact).then().statusCode(200).body("vertrouwelijk", equalTo(true));
        api(eigen).body("""
                        {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true}""".formatted(klantcontact)).post("/betrokkenen").then().statusCode(201);
        api(tokenFor("ander-portaal", LEZEN_SCHRIJVEN))
                .get("/klantcontacten/" + klantcontact)
                .then()
                .statusCode(404);
    }

    @Test
    void seeingItsOwnCostsNoMoreStatements() {
        String eigen = tokenFor("portaal", LEZEN_SCHRIJVEN);
        String ander = tokenFor("ander-portaal", LEZEN_SCHRIJVEN);
        for (int i = 0; i < 3; i++) {
            for (String key : new String[] {eigen, ander}) {
                api(key).body("""
                                {"kanaal": "e-mail", "onderwerp": "Klacht %d", "taal": "nld", "vertrouwelijk": %s,
                                 "plaatsgevondenOp": "2026-01-05T10:00:00+01:00"}""".formatted(i, key.equals(eigen)))
                        .post("/klantcontacten")
                        .then()
                        .statusCode(201);
            }
        }
        String path = "/klantcontacten?expand=hadBetrokkenen,leiddeTotInterneTaken";
        String metEigen =
                api(eigen).get(path).then().body("count", equalTo(6)).extract().header("X-SQL-Statements");
        String zonder =
                api(ander).get(path).then().body("count", equalTo(3)).extract().header("X-SQL-Statements");
        assertThat(metEigen).isNotNull().isEqualTo(zonder);
    }
}
