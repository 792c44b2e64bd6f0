package nl.kcc.klantinteracties.clients;

import static nl.kcc.klantinteracties.partij.Partijen.BSN;
import static org.hamcrest.Matchers.*;

import java.util.UUID;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * GZAC's (Valtimo's) open-klant plugin ({@code com.ritense.valtimoplugins.openklant.client.OpenKlantClient}) with the
 * token the README tells the municipality to make for it: the partij by BSN (made when missing), its addresses read,
 * made and changed, a klantcontact registered for a zaak through {@code /maak-klantcontact} with the vertrouwelijk
 * value the process gives, and the zaak's and the klant's contacts found again.
 */
class GzacFlowIT extends ApiIT {

    @Test
    void registersAConfidentialContactForAZaakAndFindsItByZaakAndByKlant() {
        String key = tokenFor("gzac", ClientTokens.GZAC);
        String byBsn = "/partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=" + BSN
                + "&soortPartij=persoon";

        api(key).get(byBsn).then().statusCode(200).body("results", empty());
        String partij = api(key).body("""
                        {"soortPartij": "persoon", "indicatieActief": true, "indicatieGeheimhouding": false,
                         "voorkeurstaal": "nld",
                         "partijIdentificatie": {"contactnaam": {"voornaam": "Fatima", "achternaam": "El Amrani"}},
                         "partijIdentificatoren": [{"partijIdentificator": {"codeObjecttype": "natuurlijk_persoon",
                             "codeSoortObjectId": "bsn", "objectId": "%s", "codeRegister": "brp"}}]}""".formatted(BSN))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        api(key).get(byBsn).then().body("results[0].uuid", equalTo(partij));
        api(key).body("{\"voorkeurstaal\": \"eng\"}")
                .patch("/partijen/" + partij)
                .then()
                .statusCode(200)
                .body("voorkeurstaal", equalTo("eng"));

        String adres = api(key).body("""
                        {"verstrektDoorPartij": {"uuid": "%s"}, "adres": "fatima@example.nl",
                         "soortDigitaalAdres": "email", "omschrijving": "", "referentie": "portaalvoorkeur",
                         "isStandaardAdres": false}""".formatted(partij))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        api(key).get("/digitaleadressen?verstrektDoorPartij__uuid=" + partij
                        + "&soortDigitaalAdres=email&referentie=portaalvoorkeur")
                .then()
                .statusCode(200)
                .body("results.uuid", contains(adres));
        api(key).body("{\"isStandaardAdres\": true}")
                .patch("/digitaleadressen/" + adres)
                .then()
                .statusCode(200)
                .body("isStandaardAdres", equalTo(true));
        api(key).get("/digitaleadressen/" + adres).then().body("isStandaardAdres", equalTo(true));

        String zaak = UUID.randomUUID().toString();
        api(key).body("""
                        {"klantcontact": {"kanaal": "telefoon", "onderwerp": "Bezwaar", "inhoud": "Gesprek over het bezwaar",
                                          "indicatieContactGelukt": true, "taal": "nld", "vertrouwelijk": true,
                                          "plaatsgevondenOp": "2026-01-05T10:00:00+01:00"},
                         "betrokkene": {"wasPartij": {"uuid": "%s"}, "rol": "klant", "initiator": true},
                         "onderwerpobject": {"onderwerpobjectidentificator": {"codeObjecttype": "zaak",
                             "codeSoortObjectId": "uuid", "objectId": "%s", "codeRegister": "open-zaak"}}}""".formatted(partij, zaak))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201);

        api(key).get("/klantcontacten?onderwerpobject__onderwerpobjectidentificatorCodeObjecttype=zaak"
                        + "&onderwerpobject__onderwerpobjectidentificatorObjectId=" + zaak)
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].vertrouwelijk", equalTo(true));
        api(key).get("/klantcontacten?hadBetrokkene__wasPartij__partijIdentificator__objectId=" + BSN)
                .then()
                .body("count", equalTo(1));
        api(key).get("/klantcontacten?hadBetrokkene__wasPartij__uuid=" + partij)
                .then()
                .body("count", equalTo(1));
    }
}
