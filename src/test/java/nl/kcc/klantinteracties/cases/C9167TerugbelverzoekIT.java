package nl.kcc.klantinteracties.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case C9167: the question cannot be answered at once; the KCC registers the contact and asks Vergunningen to call the
 * klant back, on the number the klant gives or the one the register knows.
 */
class C9167TerugbelverzoekIT extends KccCase {

    private String nicole;
    private String vergunningen;

    @BeforeEach
    void kcc() {
        nicole = medewerker("Nicole van Dijk");
        vergunningen = afdeling("Vergunningen");
    }

    @Test
    void variantA_anUnknownKlantLeavesANameAndANumberOnTheBetrokkene() {
        var contact = registreer(
                telefoongesprek("Bouwvergunning overkapping", "Klant wil weten of een vergunning nodig is."),
                ongekendeKlant("Karel", "Deurne"),
                nicole);
        String nummer = api().body(Map.of(
                        "verstrektDoorBetrokkene", Bodies.ref(contact.betrokkene()),
                        "soortDigitaalAdres", "telefoonnummer",
                        "adres", "0612345678"))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String taak = taak(contact.klantcontact(), "Terugbellen", "Klant wil teruggebeld worden.", vergunningen);

        assertTerugbelverzoek(contact.klantcontact(), taak);
        api().get("/betrokkenen/" + contact.betrokkene() + "?expand=digitaleAdressen")
                .then()
                .body("wasPartij", nullValue())
                .body("volledigeNaam", equalTo("Karel van Deurne"))
                .body("digitaleAdressen.uuid", contains(nummer))
                .body("_expand.digitaleAdressen[0].adres", equalTo("0612345678"));
    }

    @Test
    void variantB_aKnownKlantIsCalledBackOnTheNumberTheRegisterKnows() {
        String karel = registreerPartij("Karel", "Deurne", BSN);
        String mobiel = partijAdres(karel, "0612345678");
        voorkeur(karel, mobiel);
        assertThat(zoekPartij(BSN)).isEqualTo(karel);

        var betrokkene = klant(karel);
        // The klant wants to be addressed as Carl this time.
        betrokkene.put("contactnaam", Map.of("voornaam", "Carl", "achternaam", "Deurne"));
        var contact = registreer(
                telefoongesprek("Bouwvergunning overkapping", "Klant wil weten of een vergunning nodig is."),
                betrokkene,
                nicole);
        String taak = taak(contact.klantcontact(), "Terugbellen", "Graag na 14:00 bellen.", vergunningen);

        assertTerugbelverzoek(contact.klantcontact(), taak);
        api().get("/klantcontacten/" + contact.klantcontact() + "?expand=hadBetrokkenen,hadBetrokkenen.wasPartij")
                .then()
                .body("_expand.hadBetrokkenen[0].volledigeNaam", equalTo("Carl Deurne"))
                .body("_expand.hadBetrokkenen[0].digitaleAdressen", empty())
                .body("_expand.hadBetrokkenen[0]._expand.wasPartij.voorkeursDigitaalAdres.uuid", equalTo(mobiel));
        api().get("/klantcontacten?leiddeTotInterneTaken=true&hadBetrokkene__wasPartij__uuid=" + karel)
                .then()
                .body("results.uuid", contains(contact.klantcontact()));
    }

    @Test
    void variantC_aKlantNewToTheRegisterIsRegisteredWithTheirNumberAsPreference() {
        assertThat(zoekPartij(BSN)).isNull();
        String karel = registreerPartij("Karel", "Deurne", BSN);
        String mobiel = partijAdres(karel, "0612345678");
        voorkeur(karel, mobiel);

        var contact = registreer(
                telefoongesprek("Bouwvergunning overkapping", "Klant wil weten of een vergunning nodig is."),
                klant(karel),
                nicole);
        String taak = taak(contact.klantcontact(), "Terugbellen", "Klant wil teruggebeld worden.", vergunningen);

        assertTerugbelverzoek(contact.klantcontact(), taak);
        api().get("/klantcontacten/" + contact.klantcontact() + "?expand=hadBetrokkenen,hadBetrokkenen.wasPartij")
                .then()
                .body("_expand.hadBetrokkenen[0].wasPartij.uuid", equalTo(karel))
                .body("_expand.hadBetrokkenen[0]._expand.wasPartij.voorkeursDigitaalAdres.uuid", equalTo(mobiel))
                .body("_expand.hadBetrokkenen[0]._expand.wasPartij.voorkeurstaal", equalTo("nld"));
        api().get("/partijen/" + karel + "?expand=digitaleAdressen")
                .then()
                .body("_expand.digitaleAdressen.adres", contains("0612345678"))
                .body("_expand.digitaleAdressen[0].isStandaardAdres", equalTo(true));
    }

    @Test
    void inOneCall_theContactTheNumberAndTheTaskAreRegisteredTogetherOrNotAtAll() {
        Map<String, Object> terugbellen = Map.of(
                "gevraagdeHandeling", "Terugbellen",
                "toelichting", "Klant wil teruggebeld worden.",
                "status", "te_verwerken",
                "toegewezenAanActoren", List.of(Bodies.ref(vergunningen)));
        Map<String, Object> body = Map.of(
                "klantcontact",
                telefoongesprek("Bouwvergunning overkapping", "Klant wil weten of een vergunning nodig is."),
                "betrokkene",
                ongekendeKlant("Karel", "Deurne"),
                "actoren",
                List.of(Bodies.ref(nicole)),
                "digitaleAdressen",
                List.of(Map.of("soortDigitaalAdres", "telefoonnummer", "adres", "0612345678")),
                "interneTaak",
                terugbellen);

        // A task for an afdeling that does not exist: nothing of the contact is kept.
        long before = footprint();
        extended()
                .body(Bodies.with(
                        body,
                        "interneTaak",
                        Bodies.with(
                                terugbellen,
                                "toegewezenAanActoren",
                                List.of(Bodies.ref(java.util.UUID.randomUUID().toString())))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("interneTaak.toegewezenAanActoren.0.uuid"));
        assertThat(footprint()).isEqualTo(before);

        var created = extended()
                .body(body)
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract();
        String klantcontact = created.path("klantcontact.uuid");
        String taak = created.path("interneTaak.uuid");

        assertTerugbelverzoek(klantcontact, taak);
        api().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen,hadBetrokkenen.digitaleAdressen")
                .then()
                .body("hadBetrokkenActoren.uuid", contains(nicole))
                .body("_expand.hadBetrokkenen[0].wasPartij", nullValue())
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen.adres", contains("0612345678"));
    }

    /** The afdeling finds the call-back request in its open tasks, and the contact leads to it. */
    private void assertTerugbelverzoek(String klantcontact, String taak) {
        api().get("/internetaken/" + taak)
                .then()
                .statusCode(200)
                .body("status", equalTo("te_verwerken"))
                .body("gevraagdeHandeling", equalTo("Terugbellen"))
                .body("toegewezenOp", notNullValue())
                .body("afgehandeldOp", nullValue())
                .body("toegewezenAanActoren.uuid", contains(vergunningen))
                .body("aanleidinggevendKlantcontact.uuid", equalTo(klantcontact));
        api().get("/internetaken?status=te_verwerken&toegewezenAanActor__uuid=" + vergunningen)
                .then()
                .body("results.uuid", contains(taak));
        api().get("/klantcontacten/" + klantcontact).then().body("leiddeTotInterneTaken.uuid", contains(taak));
    }

    private void voorkeur(String partij, String adres) {
        api().body(Map.of("voorkeursDigitaalAdres", Bodies.ref(adres)))
                .patch("/partijen/" + partij)
                .then()
                .statusCode(200);
    }

    private String partijAdres(String partij, String nummer) {
        return api().body(Map.of(
                        "verstrektDoorPartij",
                        Bodies.ref(partij),
                        "soortDigitaalAdres",
                        "telefoonnummer",
                        "adres",
                        nummer,
                        "isStandaardAdres",
                        true))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }
}
