package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Lists are newest first by the order in which objects came into the register, not by their uuids: an object brought
 * in from another register keeps a uuid of any version (ADR 0011), and must still be listed where it belongs.
 */
class NewestFirstIT extends ApiIT {

    /** A version 4 uuid that sorts after every time-ordered uuid the register makes. */
    private static final UUID RANDOM_UUID = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");

    @Test
    void anObjectThatCameInEarlierIsListedAfterOneThatCameInLater() {
        jdbc.sql("""
                        insert into partij (uuid, nummer, soort_partij, indicatie_actief)
                        values (?, '0000000001', 'persoon', true)""").param(RANDOM_UUID).update();
        String later = api().body("""
                        {"soortPartij": "persoon", "indicatieActief": true}""")
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        api().get("/partijen").then().statusCode(200).body("results.uuid", contains(later, RANDOM_UUID.toString()));
    }

    @Test
    void klantcontactenOfOneMomentAreListedInTheOrderTheyCameIn() {
        String moment = "2026-03-02T10:15:00+01:00";
        jdbc.sql("""
                        insert into klantcontact (uuid, nummer, kanaal, onderwerp, taal, vertrouwelijk, plaatsgevonden_op)
                        values (?, '0000000001', 'telefoon', 'Eerder binnengekomen', 'nld', false, ?)""").params(RANDOM_UUID, OffsetDateTime.parse(moment)).update();
        String later = api().body(Bodies.with(Bodies.klantcontact(), "plaatsgevondenOp", moment))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        api().get("/klantcontacten").then().body("results.uuid", contains(later, RANDOM_UUID.toString()));
    }

    @Test
    void nestedListsFollowTheSameOrder() {
        String partij = api().body("""
                        {"soortPartij": "persoon", "indicatieActief": true}""").post("/partijen").then().extract().path("uuid");
        jdbc.sql("""
                        insert into digitaal_adres (uuid, partij_uuid, adres, soort_digitaal_adres)
                        values (?, ?, 'eerder@example.nl', 'email')""").params(RANDOM_UUID, UUID.fromString(partij)).update();
        String later = api().body("""
                        {"verstrektDoorPartij": {"uuid": "%s"}, "adres": "later@example.nl",
                         "soortDigitaalAdres": "email", "omschrijving": "privé"}""".formatted(partij))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        api().get("/partijen/" + partij).then().body("digitaleAdressen.uuid", contains(RANDOM_UUID.toString(), later));
        api().get("/digitaleadressen").then().body("results.uuid", contains(later, RANDOM_UUID.toString()));
    }
}
