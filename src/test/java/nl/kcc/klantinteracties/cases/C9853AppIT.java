package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Case C9853: a finished app conversation becomes one klantcontact at the time of its last message, with the
 * conversation as its content, the number it came from on the betrokkene and a task for the KCC.
 */
class C9853AppIT extends KccCase {

    @Test
    void theConversationIsOneContactWithTheNumberItCameFrom() {
        String app = geautomatiseerdeActor("WhatsApp-koppeling");
        String kcc = afdeling("KCC");
        String gesprek = "Klant: Wanneer wordt het grofvuil opgehaald?\nGemeente: Op afspraak, via de website.";

        var created = extended()
                .body(Map.of(
                        "klantcontact",
                        Bodies.with(
                                Bodies.klantcontact(),
                                "kanaal",
                                "whatsapp",
                                "onderwerp",
                                "Grofvuil ophalen",
                                "inhoud",
                                gesprek,
                                "plaatsgevondenOp",
                                "2024-01-24T10:00:12+01:00"),
                        "betrokkene",
                        Map.of("rol", "klant", "initiator", true),
                        "actoren",
                        List.of(Bodies.ref(app)),
                        "digitaleAdressen",
                        List.of(Map.of(
                                "soortDigitaalAdres",
                                "telefoonnummer",
                                "adres",
                                "0622300190",
                                "omschrijving",
                                "WhatsApp")),
                        "interneTaak",
                        Map.of(
                                "gevraagdeHandeling", "Lezen en bepalen benodigde actie",
                                "status", "te_verwerken",
                                "toegewezenAanActoren", List.of(Bodies.ref(kcc)))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract();
        String klantcontact = created.path("klantcontact.uuid");

        api().get("/klantcontacten?kanaal=whatsapp").then().body("results.uuid", contains(klantcontact));
        api().get("/klantcontacten/" + klantcontact
                        + "?expand=hadBetrokkenen,hadBetrokkenen.digitaleAdressen,omvatteBijlagen")
                .then()
                .body("inhoud", equalTo(gesprek))
                .body("plaatsgevondenOp", equalTo("2024-01-24T09:00:12Z"))
                .body("_expand.omvatteBijlagen", empty())
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen[0].adres", equalTo("0622300190"))
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen[0].omschrijving", equalTo("WhatsApp"));
        api().get("/klantcontacten?hadBetrokkene__digitaaladres__adres__icontains=0622300190")
                .then()
                .body("results.uuid", contains(klantcontact));
        api().get("/internetaken?status=te_verwerken&toegewezenAanActor__uuid=" + kcc)
                .then()
                .body("results.aanleidinggevendKlantcontact.uuid", contains(klantcontact));
    }
}
