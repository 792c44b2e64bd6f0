package nl.kcc.klantinteracties.clients;

import static nl.kcc.klantinteracties.partij.Partijen.BSN;
import static org.hamcrest.Matchers.*;

import java.util.UUID;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * KISS's contact-centre flows ({@code src/services/openklant2/service.ts} and the BFF's {@code postklantcontacten} and
 * {@code postinternetaak}) with the token the README tells the municipality to make for it: the afhandeling of a
 * contactmoment with a contactverzoek, the contact history of a klant and of a zaak, and the search for
 * contactverzoeken by e-mail address. KISS registers nothing confidential; what Open Formulieren registered
 * confidentially about the same klant is not in its lists.
 */
class KissFlowIT extends ApiIT {

    private String key;

    private String post(String path, String body) {
        return api(key).body(body).post(path).then().statusCode(201).extract().path("uuid");
    }

    /** {@code getOrCreateActor}: looked up by its four identificator fields, made when missing. */
    private String actor(
            String naam, String objectId, String soortActor, String objecttype, String register, String soort) {
        var gevonden = api(key).get(
                        "/actoren?actoridentificatorObjectId=" + objectId + "&actoridentificatorCodeRegister="
                                + register + "&actoridentificatorCodeSoortObjectId=" + soort
                                + "&actoridentificatorCodeObjecttype=" + objecttype)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        if (gevonden.getInt("count") > 0) {
            return gevonden.getString("results[0].uuid");
        }
        return post("/actoren", """
                {"naam": "%s", "soortActor": "%s", "indicatieActief": true,
                 "actoridentificator": {"objectId": "%s", "codeObjecttype": "%s", "codeRegister": "%s",
                                        "codeSoortObjectId": "%s"}}""".formatted(naam, soortActor, objectId, objecttype, register, soort));
    }

    @Test
    void aContactmomentWithAContactverzoekIsFoundByKlantByZaakAndByEmail() {
        key = tokenFor("kiss", ClientTokens.KISS);
        String partij = post("/partijen", """
                {"soortPartij": "persoon", "partijIdentificatie": {"contactnaam": null}, "indicatieActief": true,
                 "indicatieGeheimhouding": false, "digitaleAdressen": [], "betrokkenen": [], "categorieRelaties": [],
                 "vertegenwoordigden": [], "rekeningnummers": [], "partijIdentificatoren": [],
                 "voorkeursDigitaalAdres": null, "voorkeursRekeningnummer": null}""");
        post("/partij-identificatoren", """
                {"identificeerdePartij": {"uuid": "%s"}, "partijIdentificator": {"codeObjecttype": "natuurlijk_persoon",
                 "codeSoortObjectId": "bsn", "codeRegister": "brp", "objectId": "%s"}}""".formatted(partij, BSN));
        String partijUrl = api(key).get("/partijen/" + partij).then().extract().path("url");

        // The afhandeling, in KISS's order: klantcontact, medewerker and link, betrokkene, its address, the
        // afdeling, the contactverzoek, the zaak.
        String klantcontact = post("/klantcontacten", """
                {"kanaal": "telefoon", "onderwerp": "Vraag over de aanvraag", "inhoud": "Belt terug graag",
                 "indicatieContactGelukt": true, "taal": "nld", "vertrouwelijk": false,
                 "plaatsgevondenOp": "2026-01-05T10:00:00+01:00"}""");
        String medewerker = actor("Nicole van Dijk", "nicole@gemeente.nl", "medewerker", "mdw", "handmatig", "email");
        post("/actorklantcontacten", """
                {"actor": {"uuid": "%s"}, "klantcontact": {"uuid": "%s"}}""".formatted(medewerker, klantcontact));
        String betrokkene = post("/betrokkenen", """
                {"wasPartij": {"uuid": "%s"}, "hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true,
                 "organisatienaam": "", "contactnaam": {"voorletters": "F", "voornaam": "Fatima",
                 "voorvoegselAchternaam": "", "achternaam": "El Amrani"}}""".formatted(partij, klantcontact));
        post("/digitaleadressen", """
                {"verstrektDoorBetrokkene": {"uuid": "%s"}, "verstrektDoorPartij": null, "adres": "fatima@example.nl",
                 "soortDigitaalAdres": "email", "omschrijving": "e-mail"}""".formatted(betrokkene));
        String afdeling = actor("Vergunningen", "VERG", "organisatorische_eenheid", "afd", "obj", "idf");
        assert actor("Vergunningen", "VERG", "organisatorische_eenheid", "afd", "obj", "idf")
                .equals(afdeling);
        String taak = post("/internetaken", """
                {"nummer": "", "gevraagdeHandeling": "Contact opnemen met betrokkene",
                 "aanleidinggevendKlantcontact": {"uuid": "%s"}, "toegewezenAanActoren": [{"uuid": "%s"}],
                 "toelichting": "Graag terugbellen", "status": "te_verwerken"}""".formatted(klantcontact, afdeling));
        String zaak = UUID.randomUUID().toString();
        post("/onderwerpobjecten", """
                {"klantcontact": {"uuid": "%s"}, "wasKlantcontact": null, "onderwerpobjectidentificator":
                 {"objectId": "%s", "codeObjecttype": "zgw-Zaak", "codeRegister": "openzaak",
                  "codeSoortObjectId": "uuid"}}""".formatted(klantcontact, zaak));

        // Meanwhile Open Formulieren registered a submission of the same person, confidentially.
        String openFormulieren = tokenFor("open-formulieren", ClientTokens.OPEN_FORMULIEREN);
        api(openFormulieren)
                .body("""
                        {"klantcontact": {"kanaal": "Webformulier", "onderwerp": "Melding", "taal": "nld",
                                          "vertrouwelijk": true},
                         "betrokkene": {"rol": "klant", "initiator": true, "organisatienaam": "",
                                        "wasPartij": {"uuid": "%s"}}}""".formatted(partij))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201);

        // The klantbeeld's contactmomenten: the klant's betrokkenen, then each klantcontact with its expansions.
        api(key).get("/betrokkenen?wasPartij__url=" + partijUrl + "&pageSize=100")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].hadKlantcontact.uuid", equalTo(klantcontact));
        api(key).get("/klantcontacten/" + klantcontact + "?expand=gingOverOnderwerpobjecten,leiddeTotInterneTaken")
                .then()
                .statusCode(200)
                .body("_expand.leiddeTotInterneTaken[0].uuid", equalTo(taak))
                .body("_expand.leiddeTotInterneTaken[0].toegewezenAanActoren[0].uuid", equalTo(afdeling))
                .body("_expand.gingOverOnderwerpobjecten[0].onderwerpobjectidentificator.objectId", equalTo(zaak));

        // The zaak's contactmomenten.
        api(key).get("/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=" + zaak
                        + "&expand=gingOverOnderwerpobjecten")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].uuid", equalTo(klantcontact));

        // The contactverzoeken page: by e-mail address, following the betrokkene to its contact and task.
        api(key).get("/digitaleadressen?adres=fatima@example.nl&page=1&expand=verstrektDoorBetrokkene,"
                        + "verstrektDoorBetrokkene.hadKlantcontact,verstrektDoorBetrokkene.hadKlantcontact"
                        + ".leiddeTotInterneTaken")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("next", nullValue())
                .body("results[0]._expand.verstrektDoorBetrokkene._expand.hadKlantcontact.uuid", equalTo(klantcontact))
                .body(
                        "results[0]._expand.verstrektDoorBetrokkene._expand.hadKlantcontact._expand"
                                + ".leiddeTotInterneTaken[0].status",
                        equalTo("te_verwerken"));
        api(key).get("/actoren/" + afdeling).then().statusCode(200).body("naam", equalTo("Vergunningen"));
    }
}
