package nl.kcc.klantinteracties.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/** Case C0992: a klant calls the KCC with a question the medewerker answers at once. */
class C0992DirectBeantwoordIT extends KccCase {

    @Test
    void anAnonymousCallerLeavesNothingInTheRegister() {
        medewerker("Nicole van Dijk");
        long before = footprint();

        // The medewerker looks for the caller by what they said; looking registers nothing.
        api().get("/betrokkenen?contactnaamAchternaam=Deurne")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
        api().get("/digitaleadressen?adres=0612345678").then().statusCode(200).body("count", equalTo(0));
        api().get("/klantcontacten?hadBetrokkene__digitaaladres__adres__icontains=0612345678")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
        assertThat(zoekPartij(BSN)).isNull();

        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void anAuthenticatedCallerGetsTheQuestionAndAnswerRegisteredWithKlantAndMedewerker() {
        String nicole = medewerker("Nicole van Dijk");
        assertThat(zoekPartij(BSN)).isNull();
        String karel = registreerPartij("Karel", "Deurne", BSN);

        var contact = registreer(
                Bodies.with(
                        telefoongesprek(
                                "Afvalinzameling rond kerst", "Klant vraagt wanneer het afval wordt opgehaald."),
                        "reactie",
                        "Aangegeven dat het afval de zaterdag voorafgaand aan de maandag aangeboden kan worden."),
                klant(karel),
                nicole);

        api().get("/klantcontacten/" + contact.klantcontact() + "?expand=hadBetrokkenen,hadBetrokkenen.wasPartij")
                .then()
                .statusCode(200)
                .body("inhoud", equalTo("Klant vraagt wanneer het afval wordt opgehaald."))
                .body("reactie", startsWith("Aangegeven dat het afval"))
                .body("hadBetrokkenActoren.uuid", contains(nicole))
                .body("leiddeTotInterneTaken", empty())
                .body("_expand.hadBetrokkenen", hasSize(1))
                .body("_expand.hadBetrokkenen[0].rol", equalTo("klant"))
                .body("_expand.hadBetrokkenen[0].initiator", equalTo(true))
                .body("_expand.hadBetrokkenen[0].wasPartij.uuid", equalTo(karel))
                .body(
                        "_expand.hadBetrokkenen[0]._expand.wasPartij.partijIdentificatoren[0].partijIdentificator.objectId",
                        equalTo(BSN));
        api().get("/internetaken?aanleidinggevendKlantcontact__uuid=" + contact.klantcontact())
                .then()
                .body("count", equalTo(0));
        api().get("/klantcontacten?hadBetrokkene__wasPartij__uuid=" + karel)
                .then()
                .body("results.uuid", contains(contact.klantcontact()));

        // The next call of the same klant finds the partij instead of making a second one.
        assertThat(zoekPartij(BSN)).isEqualTo(karel);
        api().get("/partijen").then().body("count", equalTo(1));
    }
}
