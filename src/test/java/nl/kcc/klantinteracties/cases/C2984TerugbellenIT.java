package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case C2984: a medewerker of the afdeling finds the call-back request among the open tasks, calls the klant on the
 * number given for this contact or else the klant's preferred one, and closes the task.
 */
class C2984TerugbellenIT extends KccCase {

    private String vergunningen;
    private String petra;
    private String karel;
    private String voorkeur;

    @BeforeEach
    void eenTerugbelverzoekVanEenBekendeKlant() {
        vergunningen = afdeling("Vergunningen");
        petra = medewerker("Petra Willems");
        karel = registreerPartij("Karel", "Deurne", BSN);
        voorkeur = api().body(Map.of(
                        "verstrektDoorPartij", Bodies.ref(karel),
                        "soortDigitaalAdres", "telefoonnummer",
                        "adres", "0612345678"))
                .post("/digitaleadressen")
                .path("uuid");
        api().body(Map.of("voorkeursDigitaalAdres", Bodies.ref(voorkeur)))
                .patch("/partijen/" + karel)
                .then()
                .statusCode(200);
    }

    @Test
    void theTaskIsFoundTheKlantCalledOnTheirPreferredNumberAndTheTaskClosed() {
        var vraag = registreer(
                telefoongesprek("Bouwvergunning overkapping", "Is er een vergunning nodig?"),
                klant(karel),
                medewerker("Nicole van Dijk"));
        taak(vraag.klantcontact(), "Terugbellen", "Klant wil teruggebeld worden.", vergunningen);

        String taak = api().get("/internetaken?status=te_verwerken&toegewezenAanActor__uuid=" + vergunningen)
                .then()
                .body("count", equalTo(1))
                .extract()
                .path("results[0].uuid");
        String klantcontact = api().get("/internetaken/" + taak).path("aanleidinggevendKlantcontact.uuid");
        api().get("/klantcontacten/" + klantcontact
                        + "?expand=hadBetrokkenen,hadBetrokkenen.digitaleAdressen,hadBetrokkenen.wasPartij")
                .then()
                .body("onderwerp", equalTo("Bouwvergunning overkapping"))
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen", empty())
                .body("_expand.hadBetrokkenen[0].wasPartij.uuid", equalTo(karel));
        // No number given for this contact: the klant's preferred one.
        api().get("/partijen/" + karel + "?expand=digitaleAdressen")
                .then()
                .body("voorkeursDigitaalAdres.uuid", equalTo(voorkeur))
                .body("_expand.digitaleAdressen.find { it.uuid == '" + voorkeur + "' }.adres", equalTo("0612345678"));

        // The call-back is a contact of its own, following up the first.
        var terugbellen = Map.of(
                "klantcontact",
                Bodies.with(
                        telefoongesprek("Bouwvergunning overkapping", "Klant teruggebeld."),
                        "reactie",
                        "Voor deze overkapping geldt alleen een meldingsplicht."),
                "betrokkene",
                Bodies.with(klant(karel), "initiator", false),
                "onderwerpobject",
                Map.of("wasKlantcontact", Bodies.ref(klantcontact)));
        String vervolg = api().body(terugbellen)
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid");
        koppel(petra, vervolg);
        api().body(Map.of("status", "verwerkt"))
                .patch("/internetaken/" + taak)
                .then()
                .statusCode(200);

        api().get("/internetaken/" + taak)
                .then()
                .body("status", equalTo("verwerkt"))
                .body("afgehandeldOp", notNullValue());
        api().get("/internetaken?status=te_verwerken&toegewezenAanActor__uuid=" + vergunningen)
                .then()
                .body("count", equalTo(0));
        api().get("/onderwerpobjecten?wasKlantcontact__uuid=" + klantcontact)
                .then()
                .body("results.klantcontact.uuid", contains(vervolg));
        api().get("/klantcontacten?hadBetrokkene__wasPartij__uuid=" + karel)
                .then()
                .body("results.uuid", containsInAnyOrder(klantcontact, vervolg));
    }

    @Test
    void aNumberGivenForThisContactGoesBeforeThePreferredOne() {
        var vraag = registreer(
                telefoongesprek("Bouwvergunning overkapping", "Is er een vergunning nodig?"),
                klant(karel),
                medewerker("Nicole van Dijk"));
        api().body(Map.of(
                        "verstrektDoorBetrokkene", Bodies.ref(vraag.betrokkene()),
                        "soortDigitaalAdres", "telefoonnummer",
                        "adres", "0687654321",
                        "omschrijving", "Werk, na 14:00"))
                .post("/digitaleadressen")
                .then()
                .statusCode(201);
        taak(vraag.klantcontact(), "Terugbellen", "Bellen op werknummer.", vergunningen);

        api().get("/klantcontacten/" + vraag.klantcontact() + "?expand=hadBetrokkenen,hadBetrokkenen.digitaleAdressen")
                .then()
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen.adres", contains("0687654321"))
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen[0].omschrijving", equalTo("Werk, na 14:00"));
        // The number was given for this contact only: the klant's own addresses are unchanged.
        api().get("/digitaleadressen?verstrektDoorPartij__uuid=" + karel)
                .then()
                .body("results.adres", contains("0612345678"));
    }
}
