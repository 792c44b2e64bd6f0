package nl.kcc.klantinteracties.clients;

import static nl.kcc.klantinteracties.partij.Partijen.BSN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * Open Formulieren's customer-interactions registration and communication-preferences prefill
 * ({@code openforms.contrib.customer_interactions}), with the token the README tells the municipality to make for it.
 * It marks every klantcontact it registers {@code vertrouwelijk} and then writes the digitale adressen the person
 * submitted on the betrokkene it got back; its token has no vertrouwelijk scope, so the register must let it write
 * under what it has just written, while other applications without the scope still do not see any of it.
 */
class OpenFormulierenFlowIT extends ApiIT {

    private static final String BY_BSN =
            "partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__codeRegister=brp"
                    + "&partijIdentificator__codeObjecttype=natuurlijk_persoon&partijIdentificator__objectId=" + BSN;

    private static final String ADRESSEN_BY_BSN = "verstrektDoorPartij__partijIdentificator__codeSoortObjectId=bsn"
            + "&verstrektDoorPartij__partijIdentificator__codeRegister=brp"
            + "&verstrektDoorPartij__partijIdentificator__codeObjecttype=natuurlijk_persoon"
            + "&verstrektDoorPartij__partijIdentificator__objectId=" + BSN;

    private String key;

    private String maakPartij() {
        return api(key).body("""
                        {"soortPartij": "persoon", "voorkeurstaal": "nld", "indicatieActief": true,
                         "digitaleAdressen": null, "voorkeursDigitaalAdres": null, "rekeningnummers": null,
                         "voorkeursRekeningnummer": null, "indicatieGeheimhouding": false,
                         "partijIdentificatoren": [{"partijIdentificator": {"codeSoortObjectId": "bsn",
                             "codeRegister": "brp", "codeObjecttype": "natuurlijk_persoon", "objectId": "%s"}}],
                         "partijIdentificatie": {"contactnaam": null}}""".formatted(BSN))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    /** What {@code create_customer_contact} sends after a submission; the answer as the client reads it. */
    private JsonPath registreerInzending(String partij, String referentie) {
        String wasPartij = partij == null ? "" : ", \"wasPartij\": {\"uuid\": \"" + partij + "\"}";
        return api(key).body("""
                        {"klantcontact": {"kanaal": "Webformulier", "onderwerp": "Melding openbare ruimte",
                                          "taal": "nld", "vertrouwelijk": true},
                         "betrokkene": {"rol": "klant", "initiator": true, "organisatienaam": ""%s},
                         "onderwerpobject": {"onderwerpobjectidentificator": {"objectId": "%s",
                             "codeObjecttype": "formulierinzending", "codeRegister": "Open Formulieren",
                             "codeSoortObjectId": "public_registration_reference"}}}""".formatted(wasPartij, referentie))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .body("klantcontact.vertrouwelijk", equalTo(true))
                .extract()
                .jsonPath();
    }

    /** What {@code create_digital_address} sends: always on the betrokkene, on the partij too when it is preferred. */
    private String registreerAdres(String betrokkene, String partij, String adres, String soort, boolean voorkeur) {
        String doorPartij = partij == null ? "null" : "{\"uuid\": \"" + partij + "\"}";
        return api(key).body("""
                        {"adres": "%s", "soortDigitaalAdres": "%s", "isStandaardAdres": %s,
                         "verstrektDoorBetrokkene": {"uuid": "%s"}, "verstrektDoorPartij": %s, "omschrijving": ""}""".formatted(adres, soort, voorkeur, betrokkene, doorPartij))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .body("verstrektDoorBetrokkene.uuid", equalTo(betrokkene))
                .extract()
                .path("uuid");
    }

    @Test
    void anAuthenticatedPersonsSubmissionKeepsTheAddressesTheyGave() {
        key = tokenFor("open-formulieren", ClientTokens.OPEN_FORMULIEREN);

        // Flow 2: authenticated, unknown to the register: get_or_create_party finds nothing and makes the partij.
        api(key).get("/partijen?" + BY_BSN).then().statusCode(200).body("count", equalTo(0));
        String partij = maakPartij();

        JsonPath inzending = registreerInzending(partij, "OF-AB12CD");
        String klantcontact = inzending.getString("klantcontact.uuid");
        String betrokkene = inzending.getString("betrokkene.uuid");
        assertThat(inzending.getString("betrokkene.wasPartij.uuid")).isEqualTo(partij);

        // The e-mail address becomes the new preferred one; the phone number is for this submission only.
        String email = registreerAdres(betrokkene, partij, "fatima@example.nl", "email", true);
        String telefoon = registreerAdres(betrokkene, null, "0612345678", "telefoonnummer", false);

        // Open Formulieren can read back what it wrote, and the klantcontact with its betrokkene and addresses.
        api(key).get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen.digitaleAdressen")
                .then()
                .statusCode(200)
                .body("_expand.hadBetrokkenen[0].uuid", equalTo(betrokkene))
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen.uuid", containsInAnyOrder(email, telefoon));
        api(key).get("/digitaleadressen/" + telefoon).then().statusCode(200).body("adres", equalTo("0612345678"));

        // The next form prefills with the partij's addresses, found by BSN.
        api(key).get("/digitaleadressen?" + ADRESSEN_BY_BSN)
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].uuid", equalTo(email))
                .body("results[0].isStandaardAdres", equalTo(true));

        // Flow 3 and 5 on the next submission: the known partij is found, the contact registered again, an address
        // the person already had is made preferred again by finding it on the partij and patching it.
        api(key).get("/partijen?" + BY_BSN).then().body("count", equalTo(1)).body("results[0].uuid", equalTo(partij));
        String tweede = registreerInzending(partij, "OF-EF34GH").getString("betrokkene.uuid");
        registreerAdres(tweede, null, "0687654321", "telefoonnummer", false);
        String gevonden = api(key).get(
                        "/digitaleadressen?verstrektDoorPartij__uuid=" + partij + "&adres=fatima@example.nl")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .extract()
                .path("results[0].uuid");
        api(key).body("{\"isStandaardAdres\": true}")
                .patch("/digitaleadressen/" + gevonden)
                .then()
                .statusCode(200)
                .body("isStandaardAdres", equalTo(true));
    }

    @Test
    void anAnonymousSubmissionKeepsItsAddressesOnTheBetrokkene() {
        key = tokenFor("open-formulieren", ClientTokens.OPEN_FORMULIEREN);

        // Flow 1: not authenticated; no partij, the addresses hang only under the confidential klantcontact.
        String betrokkene = registreerInzending(null, "OF-IJ56KL").getString("betrokkene.uuid");
        String email = registreerAdres(betrokkene, null, "anoniem@example.nl", "email", false);

        api(key).get("/digitaleadressen?verstrektDoorBetrokkene__uuid=" + betrokkene)
                .then()
                .statusCode(200)
                .body("results.uuid", contains(email));
    }

    @Test
    void whatItWroteStaysHiddenFromOtherApplicationsWithoutTheScope() {
        key = tokenFor("open-formulieren", ClientTokens.OPEN_FORMULIEREN);
        JsonPath inzending = registreerInzending(null, "OF-MN78OP");
        String klantcontact = inzending.getString("klantcontact.uuid");
        String betrokkene = inzending.getString("betrokkene.uuid");
        String email = registreerAdres(betrokkene, null, "geheim@example.nl", "email", false);

        String kiss = tokenFor("kiss", ClientTokens.KISS);
        String onbekend = UUID.randomUUID().toString();
        // Exactly as for objects that do not exist: the same status and the same problem.
        for (String path : new String[] {"/klantcontacten/", "/betrokkenen/", "/digitaleadressen/"}) {
            String uuid =
                    path.equals("/klantcontacten/") ? klantcontact : path.equals("/betrokkenen/") ? betrokkene : email;
            String hidden =
                    api(kiss).get(path + uuid).then().statusCode(404).extract().asString();
            String missing = api(kiss)
                    .get(path + onbekend)
                    .then()
                    .statusCode(404)
                    .extract()
                    .asString();
            assertThat(withoutInstance(hidden)).isEqualTo(withoutInstance(missing));
        }
        api(kiss).get("/klantcontacten?kanaal=Webformulier").then().body("count", equalTo(0));
        api(kiss).get("/digitaleadressen?adres=geheim@example.nl").then().body("count", equalTo(0));

        // Writing under it is refused as for an unknown betrokkene, and changes nothing.
        String schrijf = "{\"adres\": \"x@example.nl\", \"soortDigitaalAdres\": \"email\", \"omschrijving\": \"\","
                + " \"verstrektDoorBetrokkene\": {\"uuid\": \"%s\"}, \"verstrektDoorPartij\": null}";
        JsonPath hidden = api(kiss)
                .body(schrijf.formatted(betrokkene))
                .post("/digitaleadressen")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        JsonPath missing = api(kiss)
                .body(schrijf.formatted(onbekend))
                .post("/digitaleadressen")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(hidden.getList("invalidParams.code")).isEqualTo(missing.getList("invalidParams.code"));
        assertThat(hidden.getList("invalidParams.reason")).isEqualTo(missing.getList("invalidParams.reason"));
        api(key).get("/digitaleadressen?verstrektDoorBetrokkene__uuid=" + betrokkene)
                .then()
                .body("results.uuid", contains(email));

        // The same application under a new key (a rotated token) keeps what it registered.
        String nieuw = tokenFor("open-formulieren", ClientTokens.OPEN_FORMULIEREN);
        api(nieuw).get("/klantcontacten/" + klantcontact).then().statusCode(200);
    }

    /** A problem names the request's own path in {@code instance}; the rest must not tell the two apart. */
    private static String withoutInstance(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\"", "");
    }
}
