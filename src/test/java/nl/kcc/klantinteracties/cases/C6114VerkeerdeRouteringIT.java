package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case C6114: a task reached an afdeling that cannot do it. It is closed with why, and a new task goes back to the KCC
 * (variant A) or on to the colleague who can (variant B); both stay visible on the klantcontact.
 */
class C6114VerkeerdeRouteringIT extends KccCase {

    private String kcc;
    private String vergunningen;
    private String klantcontact;
    private String taak;

    @BeforeEach
    void eenVerkeerdGerouteerdeTaak() {
        kcc = afdeling("KCC");
        vergunningen = afdeling("Vergunningen");
        klantcontact = registreer(
                        telefoongesprek("Vraag over de bouwvergunning", "Klant wil teruggebeld worden."),
                        ongekendeKlant("Karel", "Deurne"),
                        medewerker("Nicole van Dijk"))
                .klantcontact();
        taak = taak(klantcontact, "Klant terugbellen", "Klant heeft een vraag over de bouwvergunning.", vergunningen);
    }

    @Test
    void variantA_theTaskGoesBackToTheKccToBeRoutedAgain() {
        String nieuw = api().body(Map.of(
                        "referentienummer",
                        "19982201",
                        "aanleidinggevendKlantcontact",
                        Bodies.ref(klantcontact),
                        "status",
                        "te_verwerken",
                        "gevraagdeHandeling",
                        "Opnieuw routeren",
                        "toelichting",
                        "De interne taak die was toegewezen kan ik niet uitvoeren. Gaarne her-routeren aan"
                                + " afdeling X.",
                        "toegewezenAanActoren",
                        List.of(Bodies.ref(kcc))))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        sluit("Deze taak kon niet worden uitgevoerd door de toegewezen afdeling. Er is een nieuwe interne taak"
                + " aangemaakt met het verzoek deze gevraagde handeling te her-routeren.");

        assertBothOnTheKlantcontact(nieuw, kcc);
        api().get("/internetaken?referentienummer=19982201").then().body("results.uuid", contains(nieuw));
        api().get("/internetaken?status=te_verwerken&toegewezenAanActor__uuid=" + kcc)
                .then()
                .body("results.gevraagdeHandeling", contains("Opnieuw routeren"));
    }

    @Test
    void variantB_theTaskGoesOnToTheColleagueWhoCanDoIt() {
        String petra = medewerker("Petra Willems");
        String nieuw = taak(klantcontact, "Klant terugbellen", "Klant heeft een vraag over de bouwvergunning.", petra);
        sluit("Er is een nieuwe interne taak aangemaakt die aan collega Petra is toegewezen die de taak wel kan"
                + " uitvoeren.");

        assertBothOnTheKlantcontact(nieuw, petra);
        api().get("/internetaken?status=te_verwerken&toegewezenAanActor__uuid=" + vergunningen)
                .then()
                .body("count", equalTo(0));
    }

    private void sluit(String toelichting) {
        api().body(Map.of(
                        "status", "verwerkt",
                        "toelichting", toelichting,
                        "afgehandeldOp", "2024-01-24T10:34:16+01:00"))
                .patch("/internetaken/" + taak)
                .then()
                .statusCode(200);
    }

    private void assertBothOnTheKlantcontact(String nieuw, String actor) {
        api().get("/internetaken?aanleidinggevendKlantcontact__uuid=" + klantcontact)
                .then()
                .body("count", equalTo(2))
                .body("results.find { it.uuid == '" + taak + "' }.status", equalTo("verwerkt"))
                .body("results.find { it.uuid == '" + taak + "' }.afgehandeldOp", equalTo("2024-01-24T09:34:16Z"))
                .body("results.find { it.uuid == '" + taak + "' }.toegewezenAanActoren.uuid", contains(vergunningen))
                .body("results.find { it.uuid == '" + nieuw + "' }.status", equalTo("te_verwerken"))
                .body("results.find { it.uuid == '" + nieuw + "' }.toegewezenAanActoren.uuid", contains(actor));
        api().get("/klantcontacten/" + klantcontact + "?expand=leiddeTotInterneTaken")
                .then()
                .body("leiddeTotInterneTaken.uuid", containsInAnyOrder(taak, nieuw))
                .body("_expand.leiddeTotInterneTaken.status", containsInAnyOrder("verwerkt", "te_verwerken"));
    }
}
