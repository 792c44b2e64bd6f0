package nl.kcc.klantinteracties.security.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An audit entry is shown to each reader as that reader may see it: the snapshot a writer with the scope left holds
 * references to hidden objects (the betrokkenen of a confidential contact, a secret partij among the vertegenwoordigden),
 * and a reader without the scope gets it without them; one batch per page, not a query per entry.
 */
class HiddenAuditTrailIT extends HiddenObjectsIT {

    @Test
    void entriesWrittenWithTheScopeAreReadWithoutWhatTheReaderCannotSee() {
        // Changes made with the scope, after the relations to hidden objects exist: their snapshots name them.
        api().body("{\"voorkeurstaal\": \"nld\"}")
                .patch("/partijen/" + fixture.partij)
                .then()
                .statusCode(200);
        api().body("{\"rol\": \"klant\"}")
                .patch("/betrokkenen/" + fixture.betrokkeneVanGeheimePartij)
                .then()
                .statusCode(200);
        api().body("{\"omschrijving\": \"Mobiel\"}")
                .patch("/digitaleadressen/" + fixture.adresViaGeheimeBetrokkene)
                .then()
                .statusCode(200);
        api().body("{}")
                .patch("/onderwerpobjecten/" + fixture.onderwerpobject)
                .then()
                .statusCode(200);
        api().body("{\"kanaal\": \"telefoon\"}")
                .patch("/klantcontacten/" + fixture.klantcontact)
                .then()
                .statusCode(200);

        String partijTrail = trail(api(), "partijen", fixture.partij);
        assertThat(partijTrail).contains(fixture.geheimeBetrokkene).contains(fixture.geheimePartij);
        assertThat(trail(api(), "betrokkenen", fixture.betrokkeneVanGeheimePartij))
                .contains(fixture.geheimePartij);
        assertThat(trail(api(), "onderwerpobjecten", fixture.onderwerpobject)).contains(fixture.geheimContact);

        fixture.visible().forEach((collection, uuids) -> {
            for (String uuid : uuids) {
                String trail = trail(asCaller(), collection, uuid);
                assertNoSecrets(trail, collection + " " + uuid + " audittrail");
            }
        });
        // The reference is there, as null, where the snapshot had one.
        asCaller()
                .get("/betrokkenen/" + fixture.betrokkeneVanGeheimePartij + "/audittrail")
                .then()
                .body("results[0].wijzigingen.nieuw.wasPartij", org.hamcrest.Matchers.nullValue())
                .body(
                        "results[0].wijzigingen.oud.hadKlantcontact.uuid",
                        org.hamcrest.Matchers.equalTo(fixture.klantcontact));
    }

    @Test
    void aPageCostsTheSameWhateverTheNumberOfEntries() {
        int few = statements("/partijen/" + fixture.partij + "/audittrail");
        for (int i = 0; i < 20; i++) {
            api().body("{\"voorkeurstaal\": \"" + (i % 2 == 0 ? "eng" : "nld") + "\"}")
                    .patch("/partijen/" + fixture.partij)
                    .then()
                    .statusCode(200);
        }
        int many = statements("/partijen/" + fixture.partij + "/audittrail");
        assertThat(many).isEqualTo(few);
        assertThat(asCaller()
                        .get("/partijen/" + fixture.partij + "/audittrail")
                        .then()
                        .extract()
                        .<Integer>path("count"))
                .isGreaterThan(20);
    }

    private int statements(String uri) {
        return Integer.parseInt(
                asCaller().get(uri).then().statusCode(200).extract().header("X-SQL-Statements"));
    }

    private static String trail(io.restassured.specification.RequestSpecification as, String collection, String uuid) {
        return as.get("/" + collection + "/" + uuid + "/audittrail?pageSize=100")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
