package nl.kcc.klantinteracties.clients;

import static nl.kcc.klantinteracties.partij.Partijen.BSN;
import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * Open Inwoner's "mijn vragen" and profile ({@code open_inwoner.openklant.services.OpenKlant2Service}) with the token
 * the README tells the municipality to make for it: the partij of the logged-in resident by BSN (made when missing),
 * the profile's e-mail address kept on the partij, a question for the configured actor, the answer the contact centre
 * gives, and the resident's questions with their answers found again.
 */
class OpenInwonerFlowIT extends ApiIT {

    private static final String KANAAL = "Mijn Vragen";

    // The snapshot of Open Inwoner at hand (2024-12) sends codeObjecttype "inp", which Open Klant 2.18 refuses as the
    // register does (codeObjecttype is an enumeration there); the values here are those Open Klant 2.18 accepts.
    private static final String BY_BSN = "/partijen?partijIdentificator__codeSoortObjectId=bsn"
            + "&partijIdentificator__codeRegister=brp&partijIdentificator__codeObjecttype=natuurlijk_persoon"
            + "&partijIdentificator__objectId=" + BSN + "&soortPartij=persoon";

    private String key;

    private String post(String path, String body) {
        return api(key).body(body).post(path).then().statusCode(201).extract().path("uuid");
    }

    @Test
    void aResidentAsksAQuestionAndFindsItWithItsAnswer() {
        key = tokenFor("open-inwoner", ClientTokens.OPEN_INWONER);
        // The actor the questions go to, configured in Open Inwoner by its uuid (made in the register beforehand).
        String actor = api().body(Map.of("naam", "KCC", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        // get_or_create_partij_for_user.
        api(key).get(BY_BSN).then().statusCode(200).body("count", equalTo(0));
        String partij = post("/partijen", """
                {"digitaleAdressen": null, "voorkeursDigitaalAdres": null, "rekeningnummers": null,
                 "voorkeursRekeningnummer": null, "indicatieGeheimhouding": false, "indicatieActief": true,
                 "voorkeurstaal": "nld", "soortPartij": "persoon",
                 "partijIdentificatie": {"contactnaam": {"voornaam": "Fatima", "achternaam": "El Amrani",
                                                         "voorletters": "", "voorvoegselAchternaam": ""}}}""");
        post("/partij-identificatoren", """
                {"identificeerdePartij": {"uuid": "%s"}, "partijIdentificator": {"codeObjecttype": "natuurlijk_persoon",
                 "codeSoortObjectId": "bsn", "objectId": "%s", "codeRegister": "brp"}}""".formatted(partij, BSN));
        api(key).get(BY_BSN).then().body("count", equalTo(1)).body("results[0].uuid", equalTo(partij));
        api(key).get("/partijen/" + partij + "?expand=digitaleAdressen,betrokkenen,betrokkenen.hadKlantcontact")
                .then()
                .statusCode(200);

        // update_partij_from_user: the profile's e-mail address, once.
        post("/digitaleadressen", """
                {"adres": "fatima@example.nl", "soortDigitaalAdres": "email", "verstrektDoorPartij": {"uuid": "%s"},
                 "verstrektDoorBetrokkene": null, "omschrijving": "OIP profiel"}""".formatted(partij));
        api(key).get("/partijen/" + partij + "?expand=digitaleAdressen")
                .then()
                .body("_expand.digitaleAdressen.adres", contains("fatima@example.nl"));

        // create_question.
        String vraag = post("/klantcontacten", """
                {"inhoud": "Wanneer wordt mijn aanvraag behandeld?", "onderwerp": "Aanvraag", "taal": "nld",
                 "kanaal": "%s", "vertrouwelijk": false, "plaatsgevondenOp": "2026-01-05T10:00:00+01:00"}""".formatted(KANAAL));
        post("/betrokkenen", """
                {"rol": "klant", "hadKlantcontact": {"uuid": "%s"}, "initiator": true, "wasPartij": {"uuid": "%s"},
                 "organisatienaam": "Open Inwoner Platform"}""".formatted(vraag, partij));
        post("/internetaken", """
                {"aanleidinggevendKlantcontact": {"uuid": "%s"}, "toelichting": "Beantwoorden vraag",
                 "gevraagdeHandeling": "Vraag beantwoorden in aanleiding gevend klant contact",
                 "status": "te_verwerken", "toegewezenAanActor": {"uuid": "%s"}}""".formatted(vraag, actor));

        // create_answer, as the contact centre would register it.
        String antwoord = post("/klantcontacten", """
                {"inhoud": "Binnen twee weken.", "onderwerp": "Aanvraag", "taal": "nld", "kanaal": "%s",
                 "vertrouwelijk": false, "plaatsgevondenOp": "2026-01-06T10:00:00+01:00"}""".formatted(KANAAL));
        post("/betrokkenen", """
                {"rol": "klant", "hadKlantcontact": {"uuid": "%s"}, "initiator": true, "wasPartij": {"uuid": "%s"},
                 "organisatienaam": "Open Inwoner Platform"}""".formatted(antwoord, partij));
        String onderwerp = post("/onderwerpobjecten", """
                {"klantcontact": {"uuid": "%s"}, "wasKlantcontact": {"uuid": "%s"}}""".formatted(antwoord, vraag));

        // questions_for_partij: every contact of the kanaal, filtered by partij on the client, answers followed.
        List<Map<String, Object>> contacten = api(key).get("/klantcontacten?expand=leiddeTotInterneTaken,"
                        + "gingOverOnderwerpobjecten,hadBetrokkenen,hadBetrokkenen.wasPartij&kanaal=" + KANAAL)
                .then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body("results._expand.hadBetrokkenen.wasPartij.uuid.flatten()", everyItem(equalTo(partij)))
                .extract()
                .path("results");
        org.assertj.core.api.Assertions.assertThat(contacten).hasSize(2);
        api(key).get("/onderwerpobjecten/" + onderwerp)
                .then()
                .statusCode(200)
                .body("wasKlantcontact.uuid", equalTo(vraag))
                .body("klantcontact.uuid", equalTo(antwoord));
    }
}
