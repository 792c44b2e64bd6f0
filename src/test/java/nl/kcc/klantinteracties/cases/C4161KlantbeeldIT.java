package nl.kcc.klantinteracties.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case C4161: a klant calls the KCC, is authenticated and is already known; the employee sees the klantbeeld in one
 * read: who the klant is, how to reach them (the preferred address marked), their contacts newest first with what they
 * were about, and what is still to be done for them, the longest-waiting first.
 */
class C4161KlantbeeldIT extends ApiIT {

    private String partij;
    private String mobiel;
    private String afdeling;

    @BeforeEach
    void eenBekendeKlantMetGeschiedenis() {
        String email = api().body(Map.of("soortDigitaalAdres", "email", "adres", "karel@example.nl"))
                .post("/digitaleadressen")
                .path("uuid");
        mobiel = api().body(Map.of("soortDigitaalAdres", "telefoonnummer", "adres", "0612345678"))
                .post("/digitaleadressen")
                .path("uuid");
        partij = api().body(Bodies.with(
                        Bodies.persoon("Karel", "Deurne", "999990019"),
                        "digitaleAdressen",
                        List.of(Bodies.ref(email), Bodies.ref(mobiel)),
                        "voorkeursDigitaalAdres",
                        Bodies.ref(mobiel)))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        afdeling = api().body(Map.of("naam", "Vergunningen", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .path("uuid");
    }

    @Test
    void theEmployeeSeesTheWholePictureAtOnce() {
        String oud = contact("2024-01-10T09:00:00+01:00", "Parkeervergunning", false, true);
        String nieuw = contact("2024-03-05T14:00:00+01:00", "Afval", false, true);
        String gesloten = contact("2024-02-01T11:00:00+01:00", "Paspoort", false, false);
        String schuldhulp = contact("2024-02-20T10:00:00+01:00", "Schuldhulp", true, true);

        api().get("/partijen/" + partij + "/klantbeeld")
                .then()
                .statusCode(200)
                .body("partij.uuid", equalTo(partij))
                .body("partij.partijIdentificatoren[0].partijIdentificator.objectId", equalTo("999990019"))
                .body("digitaleAdressen.digitaalAdres.adres", contains("karel@example.nl", "0612345678"))
                .body("digitaleAdressen.find { it.voorkeur }.digitaalAdres.uuid", equalTo(mobiel))
                .body("klantcontacten.count", equalTo(4))
                .body(
                        "klantcontacten.results.onderwerp",
                        contains("Afval", "Schuldhulp", "Paspoort", "Parkeervergunning"))
                .body("klantcontacten.results.find { it.onderwerp == 'Schuldhulp' }.vertrouwelijk", equalTo(true))
                .body("klantcontacten.results[0]._expand.hadBetrokkenen[0].wasPartij.uuid", equalTo(partij))
                .body(
                        "klantcontacten.results[0]._expand.gingOverOnderwerpobjecten[0].onderwerpobjectidentificator.codeObjecttype",
                        equalTo("zaak"))
                .body("klantcontacten.results[0]._expand.omvatteBijlagen", hasSize(1))
                .body(
                        "openInterneTaken.interneTaak.aanleidinggevendKlantcontact.uuid",
                        contains(oud, schuldhulp, nieuw))
                .body("openInterneTaken[0].wachtendSinds", equalTo("2024-01-10T08:00:00Z"))
                .body("openInterneTaken.interneTaak.aanleidinggevendKlantcontact.uuid", not(hasItem(gesloten)));
    }

    @Test
    void withoutTheVertrouwelijkScopeTheConfidentialContactIsNotThere() {
        contact("2024-03-05T14:00:00+01:00", "Afval", false, true);
        contact("2024-02-20T10:00:00+01:00", "Schuldhulp", true, true);
        String lezer = keyWith(Scope.KLANTINTERACTIES_LEZEN);

        api(lezer)
                .get("/partijen/" + partij + "/klantbeeld")
                .then()
                .statusCode(200)
                .body("klantcontacten.count", equalTo(1))
                .body("klantcontacten.results.onderwerp", contains("Afval"))
                .body("openInterneTaken", hasSize(1));

        api().body(Map.of("indicatieGeheimhouding", true))
                .patch("/partijen/" + partij)
                .then()
                .statusCode(200);
        api(lezer).get("/partijen/" + partij + "/klantbeeld").then().statusCode(404);
    }

    @Test
    void itCostsTheSameForOneContactAsForMany() {
        contact("2024-03-05T14:00:00+01:00", "Afval", false, true);
        int one = statements();
        for (int i = 0; i < 8; i++) {
            contact("2024-03-0" + (i + 1) + "T10:00:00+01:00", "Vraag " + i, false, true);
        }
        assertThat(statements()).isEqualTo(one);
    }

    private int statements() {
        return Integer.parseInt(api().get("/partijen/" + partij + "/klantbeeld")
                .then()
                .statusCode(200)
                .extract()
                .header("X-SQL-Statements"));
    }

    /** A contact of the klant about a zaak, with a bijlage, and a task that is still open or already done. */
    private String contact(String wanneer, String onderwerp, boolean vertrouwelijk, boolean open) {
        var body = Map.of(
                "klantcontact",
                Bodies.with(
                        Bodies.klantcontact(),
                        "plaatsgevondenOp",
                        wanneer,
                        "onderwerp",
                        onderwerp,
                        "vertrouwelijk",
                        vertrouwelijk),
                "betrokkene",
                Map.of("wasPartij", Bodies.ref(partij), "rol", "klant", "initiator", true),
                "onderwerpobject",
                Map.of(
                        "onderwerpobjectidentificator",
                        Map.of(
                                "objectId",
                                java.util.UUID.randomUUID().toString(),
                                "codeObjecttype",
                                "zaak",
                                "codeSoortObjectId",
                                "uuid",
                                "codeRegister",
                                "openzaak")));
        String klantcontact = api().body(body)
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid");
        api().body(Map.of("wasBijlageVanKlantcontact", Bodies.ref(klantcontact)))
                .post("/bijlagen");
        api().body(Map.of(
                        "gevraagdeHandeling",
                        "Terugbellen",
                        "aanleidinggevendKlantcontact",
                        Bodies.ref(klantcontact),
                        "toegewezenAanActoren",
                        List.of(Bodies.ref(afdeling)),
                        "status",
                        open ? "te_verwerken" : "verwerkt"))
                .post("/internetaken")
                .then()
                .statusCode(201);
        return klantcontact;
    }
}
