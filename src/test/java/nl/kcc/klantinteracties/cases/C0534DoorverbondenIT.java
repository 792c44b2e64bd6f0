package nl.kcc.klantinteracties.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Case C0534: the KCC cannot answer the question and puts the klant through to a colleague of Vergunningen, who
 * answers it.
 */
class C0534DoorverbondenIT extends KccCase {

    private static final String VRAAG = "Vraag: Klant wil graag een overkapping bouwen in zijn tuin met glazen"
            + " schuifdeuren. Klant vraagt of hier een bouwvergunning voor nodig is.";

    @Test
    void variantA_anUnknownKlantIsPutThroughWithoutARegistration() {
        medewerker("Nicole van Dijk");
        medewerker("Petra Willems");
        long before = footprint();

        // Name and question go over the phone; the colleague may look, but finds and leaves nothing.
        api().get("/betrokkenen?contactnaamAchternaam=Deurne").then().body("count", equalTo(0));
        api().get("/klantcontacten?onderwerp=overkapping").then().body("count", equalTo(0));

        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void variantB_theColleagueFindsTheContactByItsNumberAddsTheAnswerAndIsLinked() {
        String nicole = medewerker("Nicole van Dijk");
        String petra = medewerker("Petra Willems");
        String karel = registreerPartij("Karel", "Deurne", BSN);
        var contact = registreer(
                Bodies.with(
                        telefoongesprek("Vraag over de vergunning voor een overkapping", VRAAG),
                        "referentienummer",
                        "23019182"),
                klant(karel),
                nicole);

        // The colleague gets the number by phone and opens the contact with who it is about.
        String gevonden = api().get(
                        "/klantcontacten?referentienummer=23019182&expand=hadBetrokkenen," + "hadBetrokkenen.wasPartij")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].inhoud", equalTo(VRAAG))
                .body(
                        "results[0]._expand.hadBetrokkenen[0]._expand.wasPartij.partijIdentificatie.volledigeNaam",
                        equalTo("Karel Deurne"))
                .extract()
                .path("results[0].uuid");
        assertThat(gevonden).isEqualTo(contact.klantcontact());

        String inhoud = api().get("/klantcontacten/" + gevonden).path("inhoud");
        api().body(Map.of(
                        "inhoud",
                        inhoud + " Antwoord: Aan klant doorgegeven dat voor de overkapping alleen een meldingsplicht"
                                + " geldt."))
                .patch("/klantcontacten/" + gevonden)
                .then()
                .statusCode(200);
        koppel(petra, gevonden);

        api().get("/klantcontacten/" + gevonden)
                .then()
                .body("inhoud", startsWith(VRAAG))
                .body("inhoud", endsWith("alleen een meldingsplicht geldt."))
                .body("hadBetrokkenActoren.uuid", containsInAnyOrder(nicole, petra));
        api().get("/klantcontacten?referentienummer=23019182").then().body("count", equalTo(1));
        api().get("/klantcontacten/" + gevonden + "/audittrail")
                .then()
                .body("results.find { it.actie == 'partial_update' }.wijzigingen.oud.inhoud", equalTo(VRAAG));

        // The same colleague cannot be linked twice.
        api().body(Map.of("actor", Bodies.ref(petra), "klantcontact", Bodies.ref(gevonden)))
                .post("/actorklantcontacten")
                .then()
                .statusCode(400);
        api().get("/actorklantcontacten?klantcontact__uuid=" + gevonden).then().body("count", equalTo(2));
    }
}
