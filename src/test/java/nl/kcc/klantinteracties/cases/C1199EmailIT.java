package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case C1199: the software that reads the municipality's mailbox registers a mail as a klantcontact, with the sender's
 * address, the mail and its attachments as bijlagen, and a task for the KCC; once the sender is identified, the contact
 * joins the klant's history.
 */
class C1199EmailIT extends KccCase {

    private static final String MAIL = "LS, Ik vraag me af wanneer het huisvuil wordt opgehaald rond 1e kerstdag.";

    private String mailbox;
    private String kcc;
    private final List<String> documenten =
            List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());

    @BeforeEach
    void kcc() {
        mailbox = geautomatiseerdeActor("E-mailverwerking info@");
        kcc = afdeling("KCC");
    }

    @Test
    void theMailIsRegisteredStepByStep() {
        String klantcontact = api().body(Bodies.with(
                        Bodies.klantcontact(),
                        "kanaal",
                        "e-mail",
                        "onderwerp",
                        "Ophaalschema vuilnis",
                        "inhoud",
                        MAIL,
                        "plaatsgevondenOp",
                        "2023-11-20T09:12:00+01:00"))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        koppel(mailbox, klantcontact);
        String betrokkene = api().body(
                        Map.of("hadKlantcontact", Bodies.ref(klantcontact), "rol", "klant", "initiator", true))
                .post("/betrokkenen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        api().body(Map.of(
                        "verstrektDoorBetrokkene", Bodies.ref(betrokkene),
                        "soortDigitaalAdres", "email",
                        "adres", "jan.janssen@example.nl",
                        "omschrijving", "Afzender ontvangen e-mail"))
                .post("/digitaleadressen")
                .then()
                .statusCode(201);
        documenten.forEach(document -> bijlage(klantcontact, document, "informatieobject", "documentenregister"));
        taak(
                klantcontact,
                "Lezen en bepalen benodigde actie",
                "Aangemaakt naar aanleiding van een ontvangen e-mail",
                kcc);

        assertRegistered(klantcontact);
    }

    @Test
    void theMailIsRegisteredInOneCall() {
        var created = extended()
                .body(Map.of(
                        "klantcontact",
                        Bodies.with(
                                Bodies.klantcontact(),
                                "kanaal",
                                "e-mail",
                                "onderwerp",
                                "Ophaalschema vuilnis",
                                "inhoud",
                                MAIL,
                                "plaatsgevondenOp",
                                "2023-11-20T09:12:00+01:00"),
                        "betrokkene",
                        Map.of("rol", "klant", "initiator", true),
                        "actoren",
                        List.of(Bodies.ref(mailbox)),
                        "digitaleAdressen",
                        List.of(Map.of(
                                "soortDigitaalAdres",
                                "email",
                                "adres",
                                "jan.janssen@example.nl",
                                "omschrijving",
                                "Afzender ontvangen e-mail")),
                        "interneTaak",
                        Map.of(
                                "gevraagdeHandeling", "Lezen en bepalen benodigde actie",
                                "toelichting", "Aangemaakt naar aanleiding van een ontvangen e-mail",
                                "status", "te_verwerken",
                                "toegewezenAanActoren", List.of(Bodies.ref(kcc)))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .body("actorklantcontacten", hasSize(1))
                .body("digitaleAdressen[0].adres", equalTo("jan.janssen@example.nl"))
                .body("interneTaak.status", equalTo("te_verwerken"))
                .extract();
        String klantcontact = created.path("klantcontact.uuid");
        documenten.forEach(document -> bijlage(klantcontact, document, "informatieobject", "documentenregister"));

        assertRegistered(klantcontact);
    }

    /** What the KCC sees of the mail, and how it joins the sender's history once they are known. */
    private void assertRegistered(String klantcontact) {
        api().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen,omvatteBijlagen,leiddeTotInterneTaken")
                .then()
                .body("kanaal", equalTo("e-mail"))
                .body("plaatsgevondenOp", equalTo("2023-11-20T08:12:00Z"))
                .body("hadBetrokkenActoren.uuid", contains(mailbox))
                .body("_expand.hadBetrokkenen", hasSize(1))
                .body("_expand.hadBetrokkenen[0].wasPartij", nullValue())
                .body("_expand.omvatteBijlagen.bijlageidentificator.objectId", containsInAnyOrder(documenten.toArray()))
                .body("_expand.leiddeTotInterneTaken", hasSize(1))
                .body("_expand.leiddeTotInterneTaken[0].toegewezenAanActoren.uuid", contains(kcc));
        String betrokkene = api().get("/digitaleadressen?adres=jan.janssen@example.nl")
                .then()
                .body("count", equalTo(1))
                .body("results[0].verstrektDoorPartij", nullValue())
                .extract()
                .path("results[0].verstrektDoorBetrokkene.uuid");
        api().get("/internetaken?status=te_verwerken&toegewezenAanActor__uuid=" + kcc)
                .then()
                .body("count", equalTo(1));

        // F3246: the KCC recognises the sender and links the betrokkene to the partij.
        String jan = registreerPartij("Jan", "Janssen", BSN);
        api().body(Map.of("wasPartij", Bodies.ref(jan)))
                .patch("/betrokkenen/" + betrokkene)
                .then()
                .statusCode(200);
        api().get("/klantcontacten?hadBetrokkene__wasPartij__uuid=" + jan)
                .then()
                .body("results.uuid", contains(klantcontact));
    }
}
