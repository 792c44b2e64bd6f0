package nl.kcc.klantinteracties.security;

import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without the {@code klantinteracties:vertrouwelijk} scope, a confidential klantcontact and what hangs under it, and a
 * secret partij and its data, do not exist: not in lists or their counts, not in expansions or references, not in
 * audit trails, 404 on their own URLs and "does not exist" when a write refers to them.
 */
class VertrouwelijkIT extends ApiIT {

    private String gewoon;
    private String geheim;
    private String geheimeBetrokkene;
    private String geheimeTaak;
    private String geheimeBijlage;
    private String geheimOnderwerp;
    private String bekendePartij;
    private String geheimePartij;
    private String lezer;

    @BeforeEach
    void eenVertrouwelijkGesprekEnEenGeheimePartij() {
        bekendePartij = api().body(Bodies.persoon("Anna", "Visser", "999990032"))
                .post("/partijen")
                .path("uuid");
        geheimePartij = api().body(
                        Bodies.with(Bodies.persoon("Bram", "Bakker", "999990044"), "indicatieGeheimhouding", true))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        api().body(Map.of(
                        "verstrektDoorPartij", Bodies.ref(geheimePartij),
                        "soortDigitaalAdres", "email",
                        "adres", "bram@example.nl"))
                .post("/digitaleadressen")
                .then()
                .statusCode(201);
        api().body(Map.of("partij", Bodies.ref(geheimePartij), "iban", "NL91ABNA0417164300"))
                .post("/rekeningnummers")
                .then()
                .statusCode(201);

        gewoon = api().body(Bodies.klantcontact()).post("/klantcontacten").path("uuid");
        var gemaakt = api().body(Map.of(
                        "klantcontact",
                        Bodies.with(
                                Bodies.klantcontact(), "onderwerp", "Melding huiselijk geweld", "vertrouwelijk", true),
                        "betrokkene",
                        Map.of("rol", "klant", "initiator", true, "wasPartij", Bodies.ref(bekendePartij)),
                        "onderwerpobject",
                        Map.of("onderwerpobjectidentificator", Map.of("objectId", "ZAAK-9", "codeObjecttype", "zaak"))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract();
        geheim = gemaakt.path("klantcontact.uuid");
        geheimeBetrokkene = gemaakt.path("betrokkene.uuid");
        geheimOnderwerp = gemaakt.path("onderwerpobject.uuid");
        geheimeBijlage = api().body(Map.of("wasBijlageVanKlantcontact", Bodies.ref(geheim)))
                .post("/bijlagen")
                .path("uuid");
        String actor = api().body(Map.of("naam", "Zorgteam", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .path("uuid");
        geheimeTaak = api().body(Map.of(
                        "gevraagdeHandeling",
                        "Terugbellen",
                        "aanleidinggevendKlantcontact",
                        Bodies.ref(geheim),
                        "toegewezenAanActoren",
                        List.of(Bodies.ref(actor)),
                        "status",
                        "te_verwerken"))
                .post("/internetaken")
                .path("uuid");
        api().body(Map.of("actor", Bodies.ref(actor), "klantcontact", Bodies.ref(geheim)))
                .post("/actorklantcontacten")
                .then()
                .statusCode(201);
        lezer = keyWith(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN);
    }

    @Test
    void listsAndCountsLeaveThemOut() {
        api(lezer).get("/klantcontacten").then().body("count", equalTo(1)).body("results.uuid", contains(gewoon));
        api(lezer).get("/betrokkenen").then().body("count", equalTo(0));
        api(lezer).get("/onderwerpobjecten").then().body("count", equalTo(0));
        api(lezer).get("/bijlagen").then().body("count", equalTo(0));
        api(lezer).get("/internetaken").then().body("count", equalTo(0));
        api(lezer).get("/actorklantcontacten").then().body("count", equalTo(0));
        api(lezer).get("/partijen").then().body("count", equalTo(1)).body("results.uuid", contains(bekendePartij));
        api(lezer)
                .get("/partijen?partijIdentificator__objectId=999990044")
                .then()
                .body("count", equalTo(0));
        api(lezer)
                .get("/partij-identificatoren?partijIdentificatorObjectId=999990044")
                .then()
                .body("count", equalTo(0));
        api(lezer).get("/digitaleadressen?adres=bram@example.nl").then().body("count", equalTo(0));
        api(lezer).get("/rekeningnummers").then().body("count", equalTo(0));

        api().get("/klantcontacten").then().body("count", equalTo(2));
        api().get("/partijen").then().body("count", equalTo(2));
    }

    @Test
    void aSecretPartijsIdentificatorFindsNothingThroughItsContacts() {
        api().body(Map.of(
                        "klantcontact",
                        Bodies.klantcontact(),
                        "betrokkene",
                        Map.of(
                                "rol",
                                "klant",
                                "initiator",
                                true,
                                "wasPartij",
                                Bodies.ref(geheimePartij),
                                "contactnaam",
                                Map.of("voornaam", "Bram", "achternaam", "Bakker"))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201);
        String viaBsn = "/klantcontacten?hadBetrokkene__wasPartij__partijIdentificator__objectId=999990044";
        String betrokkenenViaBsn = "/betrokkenen?wasPartij__partijIdentificator__objectId=999990044";

        api(lezer).get(viaBsn).then().statusCode(200).body("count", equalTo(0));
        api(lezer).get(betrokkenenViaBsn).then().statusCode(200).body("count", equalTo(0));

        api().get(viaBsn).then().body("count", equalTo(1));
        api().get(betrokkenenViaBsn)
                .then()
                .body("count", equalTo(1))
                .body("results[0].contactnaam.achternaam", equalTo("Bakker"));
    }

    @Test
    void theirOwnUrlsAreNotFound() {
        for (String path : List.of(
                "/klantcontacten/" + geheim,
                "/betrokkenen/" + geheimeBetrokkene,
                "/onderwerpobjecten/" + geheimOnderwerp,
                "/bijlagen/" + geheimeBijlage,
                "/internetaken/" + geheimeTaak,
                "/partijen/" + geheimePartij)) {
            api(lezer).get(path).then().statusCode(404);
            api(lezer).get(path + "/audittrail").then().statusCode(404);
            api().get(path).then().statusCode(200);
            api().get(path + "/audittrail").then().statusCode(200);
        }
        api(lezer)
                .body(Map.of("inhoud", "gezien"))
                .patch("/klantcontacten/" + geheim)
                .then()
                .statusCode(404);
        api(lezer).delete("/partijen/" + geheimePartij).then().statusCode(404);
    }

    @Test
    void expansionsAndReferencesLeaveThemOut() {
        api(lezer)
                .get("/partijen/" + bekendePartij + "?expand=betrokkenen")
                .then()
                .body("betrokkenen", empty())
                .body("_expand.betrokkenen", empty());
        api().get("/partijen/" + bekendePartij + "?expand=betrokkenen")
                .then()
                .body("betrokkenen.uuid", contains(geheimeBetrokkene))
                .body("_expand.betrokkenen.uuid", contains(geheimeBetrokkene));

        api(lezer)
                .body(Map.of("hadKlantcontact", Bodies.ref(geheim), "rol", "klant", "initiator", true))
                .post("/betrokkenen")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("hadKlantcontact.uuid"));
        api(lezer)
                .body(Map.of(
                        "verstrektDoorPartij", Bodies.ref(geheimePartij),
                        "soortDigitaalAdres", "email",
                        "adres", "nog@example.nl"))
                .post("/digitaleadressen")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("verstrektDoorPartij.uuid"));
    }

    @Test
    void aContactThatBecomesConfidentialDisappearsWithItsHistory() {
        api().body(Map.of("vertrouwelijk", true))
                .patch("/klantcontacten/" + gewoon)
                .then()
                .statusCode(200);
        api(lezer).get("/klantcontacten").then().body("count", equalTo(0));
        api(lezer).get("/klantcontacten/" + gewoon + "/audittrail").then().statusCode(404);

        api().body(Map.of("vertrouwelijk", false))
                .patch("/klantcontacten/" + gewoon)
                .then()
                .statusCode(200);
        // The trail is back, without the change made while the contact was confidential.
        api(lezer)
                .get("/klantcontacten/" + gewoon + "/audittrail")
                .then()
                .statusCode(200)
                .body("results.actie", contains("create"));
    }

    @Test
    void aDeletedConfidentialContactLeavesNoVisibleTrail() {
        api().delete("/klantcontacten/" + geheim).then().statusCode(204);
        api(lezer).get("/klantcontacten/" + geheim + "/audittrail").then().statusCode(404);
        api().get("/klantcontacten/" + geheim + "/audittrail")
                .then()
                .statusCode(200)
                .body("count", equalTo(2));
    }
}
