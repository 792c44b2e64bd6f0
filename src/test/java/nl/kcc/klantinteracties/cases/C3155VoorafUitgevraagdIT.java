package nl.kcc.klantinteracties.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Case C3155: what a chatbot or phone menu asked before the medewerker took over is kept with the klantcontact once the
 * contact happened, never as a contact planned ahead (B7030: the register is no store for a later step).
 */
class C3155VoorafUitgevraagdIT extends KccCase {

    @Test
    void theAnswersGivenBeforehandArriveWithTheContact() {
        String chatbot = geautomatiseerdeActor("Chatbot Gem");
        String nicole = medewerker("Nicole van Dijk");
        String intake = UUID.randomUUID().toString();

        var created = extended()
                .body(Map.of(
                        "klantcontact",
                        telefoongesprek(
                                "Kapvergunning",
                                "Vooraf in de chat: klant wil een boom in de achtertuin kappen, stam 40 cm."
                                        + " Gesprek: uitgelegd dat onder 50 cm geen vergunning nodig is."),
                        "betrokkene",
                        ongekendeKlant("Karel", "Deurne"),
                        "actoren",
                        List.of(Bodies.ref(chatbot), Bodies.ref(nicole)),
                        "digitaleAdressen",
                        List.of(Map.of(
                                "soortDigitaalAdres",
                                "email",
                                "adres",
                                "karel@example.nl",
                                "omschrijving",
                                "Opgegeven in de chat"))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract();
        String klantcontact = created.path("klantcontact.uuid");
        // The chat's structured answers live in their own register; the contact points at them.
        bijlage(klantcontact, intake, "chatintake", "objecten");

        api().get("/klantcontacten/" + klantcontact
                        + "?expand=omvatteBijlagen,hadBetrokkenen,hadBetrokkenen.digitaleAdressen")
                .then()
                .body("hadBetrokkenActoren.uuid", containsInAnyOrder(chatbot, nicole))
                .body("inhoud", startsWith("Vooraf in de chat"))
                .body("_expand.omvatteBijlagen[0].bijlageidentificator.objectId", equalTo(intake))
                .body("_expand.hadBetrokkenen[0].contactnaam.voornaam", equalTo("Karel"))
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen.adres", contains("karel@example.nl"));
    }

    @Test
    void aContactThatHasNotHappenedYetIsNotRegistered() {
        String later = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();

        api().body(Bodies.with(Bodies.klantcontact(), "plaatsgevondenOp", later))
                .post("/klantcontacten")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("plaatsgevondenOp"))
                .body("invalidParams.code", contains("invalid"));
        api().body(Map.of("klantcontact", Bodies.with(Bodies.klantcontact(), "plaatsgevondenOp", later)))
                .post("/maak-klantcontact")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("klantcontact.plaatsgevondenOp"));
        api().get("/klantcontacten").then().body("count", equalTo(0));

        // A client whose clock runs a little ahead is not refused.
        String zoJuist = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).toString();
        String uuid = api().body(Bodies.with(Bodies.klantcontact(), "plaatsgevondenOp", zoJuist))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        assertThat(uuid).isNotNull();
    }
}
