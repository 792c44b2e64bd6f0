package nl.kcc.klantinteracties.clients;

import static nl.kcc.klantinteracties.partij.Partijen.BSN;
import static org.hamcrest.Matchers.*;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * ZAC's klantinteracties client with the token the README tells the municipality to make for it, which has the
 * vertrouwelijk scope because ZAC's case workers handle the zaken these contacts are about and ZAC authorises them
 * per zaak itself: it finds the contacts of the klant of a zaak by BSN (the confidential ones Open Formulieren
 * registered among them), their betrokkenen and the addresses they gave, the contacts of a zaak, and links a contact
 * to the zaak it started.
 */
class ZacFlowIT extends ApiIT {

    @Test
    void findsTheKlantsContactsByBsnAndLinksOneToTheZaak() {
        // Open Formulieren registers a submission of a known person, confidentially, with the e-mail address given.
        String openFormulieren = tokenFor("open-formulieren", ClientTokens.OPEN_FORMULIEREN);
        String partij = api(openFormulieren)
                .body("""
                        {"soortPartij": "persoon", "indicatieActief": true, "indicatieGeheimhouding": false,
                         "partijIdentificatoren": [{"partijIdentificator": {"codeSoortObjectId": "bsn",
                             "codeRegister": "brp", "codeObjecttype": "natuurlijk_persoon", "objectId": "%s"}}],
                         "partijIdentificatie": {"contactnaam": null}}""".formatted(BSN))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        JsonPath inzending = api(openFormulieren)
                .body("""
                        {"klantcontact": {"kanaal": "Webformulier", "onderwerp": "Aanvraag parkeervergunning",
                                          "taal": "nld", "vertrouwelijk": true},
                         "betrokkene": {"rol": "klant", "initiator": true, "organisatienaam": "",
                                        "wasPartij": {"uuid": "%s"}}}""".formatted(partij))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String klantcontact = inzending.getString("klantcontact.uuid");
        String betrokkene = inzending.getString("betrokkene.uuid");
        String email = api(openFormulieren)
                .body("""
                        {"adres": "fatima@example.nl", "soortDigitaalAdres": "email", "isStandaardAdres": false,
                         "verstrektDoorBetrokkene": {"uuid": "%s"}, "verstrektDoorPartij": null,
                         "omschrijving": ""}""".formatted(betrokkene))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        String zac = tokenFor("zac", ClientTokens.ZAC);
        api(zac).get("/klantcontacten?hadBetrokkene__wasPartij__partijIdentificator__objectId=" + BSN
                        + "&page=1&pageSize=10")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].uuid", equalTo(klantcontact))
                .body("results[0].vertrouwelijk", equalTo(true));
        api(zac).get("/betrokkenen?wasPartij__partijIdentificator__objectId=" + BSN)
                .then()
                .statusCode(200)
                .body("results.uuid", contains(betrokkene));
        api(zac).get("/digitaleadressen?verstrektDoorBetrokkene__uuid=" + betrokkene
                        + "&soortDigitaalAdres=email&page=1&pageSize=10")
                .then()
                .statusCode(200)
                .body("results.uuid", contains(email))
                .body("results[0].adres", equalTo("fatima@example.nl"));
        String identificator = api(zac).get("/partijen?partijIdentificator__codeSoortObjectId=bsn"
                        + "&partijIdentificator__objectId=" + BSN + "&expand=digitaleAdressen")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .extract()
                .path("results[0].partijIdentificatoren[0].uuid");
        api(zac).get("/partij-identificatoren/" + identificator)
                .then()
                .statusCode(200)
                .body("partijIdentificator.objectId", equalTo(BSN));

        // The case worker starts a zaak from the submission: ZAC links the klantcontact to it.
        String zaak = UUID.randomUUID().toString();
        api(zac).body("""
                        {"klantcontact": {"uuid": "%s"}, "wasKlantcontact": null, "onderwerpobjectidentificator":
                         {"objectId": "%s", "codeObjecttype": "zaak", "codeRegister": "open-zaak",
                          "codeSoortObjectId": "uuid"}}""".formatted(klantcontact, zaak))
                .post("/onderwerpobjecten")
                .then()
                .statusCode(201);
        api(zac).get("/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=" + zaak
                        + "&page=1&pageSize=10")
                .then()
                .statusCode(200)
                .body("results.uuid", contains(klantcontact));

        // The contact centre's KISS, without the scope, finds none of it by the same BSN.
        String kiss = tokenFor("kiss", ClientTokens.KISS);
        api(kiss)
                .get("/klantcontacten?hadBetrokkene__wasPartij__partijIdentificator__objectId=" + BSN)
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }
}
