package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * KISS's "ensure klant": a contact-centre employee selects a person found in the BRP; KISS looks the person up by BSN
 * (and needs zero or one result), registers the partij and its BSN when missing, and shows the klantbeeld.
 */
class KissPartijFlowIT extends ApiIT {

    private static String zoekOpBsn(String bsn) {
        return "/partijen?expand=digitaleAdressen&soortPartij=persoon&partijIdentificator__codeSoortObjectId=bsn"
                + "&partijIdentificator__objectId=" + bsn;
    }

    private String registreerKlant() {
        return registreer(api(), "/partijen", """
                {"soortPartij": "persoon", "partijIdentificatie": {"contactnaam": null}, "indicatieActief": true,
                 "indicatieGeheimhouding": false, "digitaleAdressen": [], "betrokkenen": [], "categorieRelaties": [],
                 "vertegenwoordigden": [], "rekeningnummers": [], "partijIdentificatoren": [],
                 "voorkeursDigitaalAdres": null, "voorkeursRekeningnummer": null}""");
    }

    private String identificatorBody(String partij, String bsn) {
        return """
                {"identificeerdePartij": {"uuid": "%s", "url": "http://localhost/klantinteracties/api/v1/partijen/%s"},
                 "partijIdentificator": {"codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn",
                                         "codeRegister": "brp", "objectId": "%s"}}""".formatted(partij, partij, bsn);
    }

    @Test
    void findsAPersonByBsnOrRegistersTheKlant() {
        api().get(zoekOpBsn(BSN))
                .then()
                .statusCode(200)
                .body("count", equalTo(0))
                .body("results", empty());

        String partij = registreerKlant();
        String identificator = api().body(identificatorBody(partij, BSN))
                .post("/partij-identificatoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        api().get(zoekOpBsn(BSN))
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].uuid", equalTo(partij))
                .body("results[0].partijIdentificatoren[0].partijIdentificator.objectId", equalTo(BSN))
                .body("results[0]._expand.digitaleAdressen", empty());

        // The klantbeeld: the partij with its e-mail address, and the identificator.
        registreer(
                api(),
                "/digitaleadressen",
                Map.of("adres", "jan@example.nl", "soortDigitaalAdres", "email", "verstrektDoorPartij", ref(partij)));
        api().get("/partijen/" + partij + "?expand=digitaleAdressen")
                .then()
                .statusCode(200)
                .body("_expand.digitaleAdressen.adres", contains("jan@example.nl"));
        api().get("/partij-identificatoren/" + identificator)
                .then()
                .statusCode(200)
                .body("identificeerdePartij.uuid", equalTo(partij));
        api().get(zoekOpBsn(BSN)).then().body("results[0]._expand.digitaleAdressen.adres", contains("jan@example.nl"));
    }

    @Test
    void aSecondPartijWithTheSameBsnIsRefused() {
        String eerste = registreerKlant();
        api().body(identificatorBody(eerste, BSN))
                .post("/partij-identificatoren")
                .then()
                .statusCode(201);

        String tweede = registreerKlant();
        api().body(identificatorBody(tweede, BSN))
                .post("/partij-identificatoren")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));
        // Nor can the BSN be given to it with the partij itself.
        api().body(Map.of("partijIdentificatoren", java.util.List.of(item(bsnGroep(BSN)))))
                .patch("/partijen/" + tweede)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"));

        api().get(zoekOpBsn(BSN)).then().body("count", equalTo(1)).body("results[0].uuid", equalTo(eerste));
        api().get(zoekOpBsn(BSN_2)).then().body("count", equalTo(0));
    }
}
