package nl.kcc.klantinteracties.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.*;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Aspect A8694 and decision B8694: every change of every object is recorded, with who made it and what the object was
 * before and after, and the record cannot be changed or removed.
 */
class A8694AuditTrailIT extends ApiIT {

    @Test
    void everyKindOfWriteIsRecordedWithBeforeAndAfterNewestFirst() {
        Response created = api().body(Map.of(
                        "klantcontact", Bodies.klantcontact(),
                        "betrokkene", Map.of("rol", "klant", "initiator", true),
                        "onderwerpobject",
                                Map.of(
                                        "onderwerpobjectidentificator",
                                        Map.of("objectId", "ZAAK-1", "codeObjecttype", "zaak"))))
                .post("/maak-klantcontact");
        created.then().statusCode(201);
        String requestId = created.header("X-Request-ID");
        String klantcontact = created.path("klantcontact.uuid");
        String betrokkene = created.path("betrokkene.uuid");
        String onderwerpobject = created.path("onderwerpobject.uuid");

        api().body(Bodies.with(Bodies.klantcontact(), "onderwerp", "Afval en grofvuil"))
                .put("/klantcontacten/" + klantcontact)
                .then()
                .statusCode(200);
        api().body(Map.of("reactie", "Op maandag."))
                .patch("/klantcontacten/" + klantcontact)
                .then()
                .statusCode(200);
        api().delete("/klantcontacten/" + klantcontact).then().statusCode(204);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(404);

        api().get("/klantcontacten/" + klantcontact + "/audittrail")
                .then()
                .statusCode(200)
                .body("count", equalTo(4))
                .body("results.actie", contains("destroy", "partial_update", "update", "create"))
                .body("results.applicatie", everyItem(startsWith("tests-")))
                .body("results.resource", everyItem(equalTo("klantcontacten")))
                .body("results[3].requestId", equalTo(requestId))
                .body("results[3].wijzigingen.oud", nullValue())
                .body("results[3].wijzigingen.nieuw.onderwerp", equalTo("Afvalinzameling rond kerst"))
                .body("results[3].wijzigingen.nieuw.hadBetrokkenen[0].uuid", equalTo(betrokkene))
                .body("results[2].wijzigingen.oud.onderwerp", equalTo("Afvalinzameling rond kerst"))
                .body("results[2].wijzigingen.nieuw.onderwerp", equalTo("Afval en grofvuil"))
                .body("results[1].wijzigingen.oud.reactie", equalTo(""))
                .body("results[1].wijzigingen.nieuw.reactie", equalTo("Op maandag."))
                .body("results[0].wijzigingen.oud.reactie", equalTo("Op maandag."))
                .body("results[0].wijzigingen.nieuw", nullValue());

        // The parts made inside /maak-klantcontact are recorded by the same request.
        for (String part : new String[] {"betrokkenen/" + betrokkene, "onderwerpobjecten/" + onderwerpobject}) {
            api().get("/" + part + "/audittrail")
                    .then()
                    .statusCode(200)
                    .body("results.actie", hasItem("create"))
                    .body("results.find { it.actie == 'create' }.requestId", equalTo(requestId));
        }
    }

    @Test
    void theTrailIsPaginatedAndReadOnly() {
        String uuid = api().body(Bodies.klantcontact()).post("/klantcontacten").path("uuid");
        for (int i = 0; i < 3; i++) {
            api().body(Map.of("inhoud", "versie " + i)).patch("/klantcontacten/" + uuid);
        }
        api().get("/klantcontacten/" + uuid + "/audittrail?pageSize=2")
                .then()
                .body("count", equalTo(4))
                .body("results", hasSize(2))
                .body("next", endsWith("/audittrail?page=2&pageSize=2"));

        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            api().body("{}")
                    .request(method, "/klantcontacten/" + uuid + "/audittrail")
                    .then()
                    .statusCode(405);
        }
        api().get("/klantcontacten/" + java.util.UUID.randomUUID() + "/audittrail")
                .then()
                .statusCode(404);
        api().get("/nietbestaand/" + uuid + "/audittrail").then().statusCode(404);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        api().body(Bodies.klantcontact()).post("/klantcontacten").then().statusCode(201);
        long entries = count();
        assertThat(entries).isPositive();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set application = 'iemand anders'")
                        .update())
                .rootCause()
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .rootCause()
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .rootCause()
                .hasMessageContaining("cannot be changed");
        assertThat(count()).isEqualTo(entries);
    }

    @Test
    void aChangeWhoseAuditEntryCannotBeWrittenIsRolledBack() {
        jdbc.sql("""
                        create function weiger_audit() returns trigger language plpgsql as $$
                        begin raise exception 'audit storage unavailable'; end $$""").update();
        jdbc.sql("create trigger weiger_audit before insert on audit_entry"
                        + " for each row execute function weiger_audit()")
                .update();
        try {
            anonymous()
                    .header("Authorization", "Token " + key())
                    .contentType("application/json")
                    .body(Bodies.klantcontact())
                    .post("/klantinteracties/api/v1/klantcontacten")
                    .then()
                    .statusCode(500);
        } finally {
            jdbc.sql("drop trigger weiger_audit on audit_entry").update();
            jdbc.sql("drop function weiger_audit()").update();
        }
        assertThat(jdbc.sql("select count(*) from klantcontact")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void contactgegevensAreRecordedToo() {
        String uuid = contactgegevens()
                .body(Map.of("geboortedatum", "1980-02-03", "geslachtsnaam", "Jansen"))
                .post("/persoon")
                .path("uuid");
        contactgegevens()
                .get("/persoon/" + uuid + "/audittrail")
                .then()
                .statusCode(200)
                .body("results[0].bron", equalTo("contactgegevens"))
                .body("results[0].resourceUrl", endsWith("/contactgegevens/api/v1/persoon/" + uuid))
                .body("results[0].wijzigingen.nieuw.geslachtsnaam", equalTo("Jansen"));
    }

    @Test
    void whatADeleteTakesAlongIsRecordedToo() {
        String partij = api().body(Bodies.persoon("Karel", "Deurne", "999990019"))
                .post("/partijen")
                .path("uuid");
        String identificator = api().get("/partijen/" + partij).path("partijIdentificatoren[0].uuid");
        String klantcontact =
                api().body(Bodies.klantcontact()).post("/klantcontacten").path("uuid");
        String betrokkene = api().body(Map.of(
                        "hadKlantcontact",
                        Bodies.ref(klantcontact),
                        "wasPartij",
                        Bodies.ref(partij),
                        "rol",
                        "klant",
                        "initiator",
                        true))
                .post("/betrokkenen")
                .path("uuid");
        String adres = api().body(Map.of(
                        "verstrektDoorBetrokkene", Bodies.ref(betrokkene),
                        "soortDigitaalAdres", "telefoonnummer",
                        "adres", "0612345678"))
                .post("/digitaleadressen")
                .path("uuid");

        api().get("/partij-identificatoren/" + identificator + "/audittrail")
                .then()
                .statusCode(200)
                .body("results.actie", contains("create"));

        api().delete("/partijen/" + partij).then().statusCode(204);
        api().get("/partij-identificatoren/" + identificator + "/audittrail")
                .then()
                .body("results.actie", contains("destroy", "create"));
        api().get("/betrokkenen/" + betrokkene + "/audittrail")
                .then()
                .body("results.actie", contains("partial_update", "create"))
                .body("results[0].wijzigingen.oud.wasPartij.uuid", equalTo(partij))
                .body("results[0].wijzigingen.nieuw.wasPartij", nullValue());

        api().delete("/klantcontacten/" + klantcontact).then().statusCode(204);
        api().get("/betrokkenen/" + betrokkene + "/audittrail")
                .then()
                .body("results.actie", contains("destroy", "partial_update", "create"));
        api().get("/digitaleadressen/" + adres + "/audittrail")
                .then()
                .body("results.actie", contains("partial_update", "create"))
                .body("results[0].wijzigingen.nieuw.verstrektDoorBetrokkene", nullValue());
    }

    @Test
    void whatAPartijsWriteChangesInPassingIsRecordedToo() {
        String adres = api().body(Map.of("soortDigitaalAdres", "email", "adres", "karel@example.nl"))
                .post("/digitaleadressen")
                .path("uuid");
        String partij = api().body(Bodies.with(
                        Bodies.persoon("Karel", "Deurne", "999990019"), "digitaleAdressen", List.of(Bodies.ref(adres))))
                .post("/partijen")
                .path("uuid");
        api().get("/digitaleadressen/" + adres + "/audittrail")
                .then()
                .body("results.actie", contains("partial_update", "create"))
                .body("results[0].wijzigingen.nieuw.verstrektDoorPartij.uuid", equalTo(partij));

        String identificator = api().get("/partijen/" + partij).path("partijIdentificatoren[0].uuid");
        api().body(Map.of("partijIdentificatoren", List.of()))
                .patch("/partijen/" + partij)
                .then()
                .statusCode(200);
        api().get("/partij-identificatoren/" + identificator + "/audittrail")
                .then()
                .body("results.actie", contains("destroy", "create"));
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
