package nl.kcc.klantinteracties.klantcontact;

import static org.hamcrest.Matchers.*;

import java.util.UUID;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class BetrokkeneIT extends ApiIT {

    private String betrokkene(String klantcontact) {
        return """
                {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true}""".formatted(klantcontact);
    }

    private String registreer(String body) {
        return api().body(body)
                .post("/betrokkenen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    @Test
    void registersABetrokkeneAndShowsUnsetGroupsAsEmptyObjects() {
        String klantcontact = Klantcontacten.registreer(api());

        String url = api().body(betrokkene(klantcontact))
                .post("/betrokkenen")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1/betrokkenen/"))
                .body("wasPartij", nullValue())
                .body("hadKlantcontact.uuid", equalTo(klantcontact))
                .body(
                        "hadKlantcontact.url",
                        equalTo("http://localhost:" + port + "/klantinteracties/api/v1/klantcontacten/" + klantcontact))
                .body("digitaleAdressen", empty())
                .body("rol", equalTo("klant"))
                .body("initiator", equalTo(true))
                .body("organisatienaam", equalTo(""))
                .body("volledigeNaam", equalTo(""))
                .body("bezoekadres.straatnaam", equalTo(""))
                .body("bezoekadres.postcode", equalTo(""))
                .body("bezoekadres", hasKey("huisnummer"))
                .body("bezoekadres.huisnummer", nullValue())
                .body("correspondentieadres.land", equalTo(""))
                .body("correspondentieadres.huisnummer", nullValue())
                .body("contactnaam.voorletters", equalTo(""))
                .body("contactnaam.achternaam", equalTo(""))
                .body("$", not(hasKey("_expand")))
                .extract()
                .path("url");

        String uuid = api().get(url)
                .then()
                .statusCode(200)
                .body("rol", equalTo("klant"))
                .extract()
                .path("uuid");
        api().get("/klantcontacten/" + klantcontact)
                .then()
                .body("hadBetrokkenen.uuid", contains(uuid))
                .body("hadBetrokkenen[0].url", equalTo(url));
    }

    @Test
    void storesAndShowsTheGroupsAsSent() {
        String klantcontact = Klantcontacten.registreer(api());

        String uuid = registreer("""
                {"hadKlantcontact": {"uuid": "%s"}, "rol": "vertegenwoordiger", "initiator": false,
                 "organisatienaam": "Bakkerij De Korst",
                 "contactnaam": {"voorletters": "P", "voornaam": "Phil", "voorvoegselAchternaam": "",
                                 "achternaam": "Bozeman"},
                 "bezoekadres": {"nummeraanduidingId": "0363200000123456", "straatnaam": "Dorpsstraat",
                                 "huisnummer": 12, "huisnummertoevoeging": "a", "postcode": "1234 AB",
                                 "stad": "Ergens"},
                 "correspondentieadres": {"adresregel1": "Rue de la Paix 1", "adresregel2": "75002 Paris",
                                          "land": "FR", "huisnummer": null}}""".formatted(klantcontact));

        api().get("/betrokkenen/" + uuid)
                .then()
                .statusCode(200)
                .body("rol", equalTo("vertegenwoordiger"))
                .body("initiator", equalTo(false))
                .body("organisatienaam", equalTo("Bakkerij De Korst"))
                .body("contactnaam.voorletters", equalTo("P"))
                .body("contactnaam.voorvoegselAchternaam", equalTo(""))
                .body("volledigeNaam", equalTo("Phil Bozeman"))
                .body("bezoekadres.nummeraanduidingId", equalTo("0363200000123456"))
                .body("bezoekadres.huisnummer", equalTo(12))
                .body("bezoekadres.huisnummertoevoeging", equalTo("a"))
                .body("bezoekadres.postcode", equalTo("1234 AB"))
                .body("bezoekadres.adresregel1", equalTo(""))
                .body("correspondentieadres.adresregel2", equalTo("75002 Paris"))
                .body("correspondentieadres.land", equalTo("FR"))
                .body("correspondentieadres.huisnummer", nullValue())
                .body("correspondentieadres.straatnaam", equalTo(""));
    }

    @Test
    void volledigeNaamLeavesOutVoorlettersAndEmptyParts() {
        String klantcontact = Klantcontacten.registreer(api());
        String uuid = registreer("""
                {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true,
                 "contactnaam": {"voorletters": "J.W.", "voornaam": "Jan", "voorvoegselAchternaam": "van der",
                                 "achternaam": "Berg"}}""".formatted(klantcontact));
        api().get("/betrokkenen/" + uuid).then().body("volledigeNaam", equalTo("Jan van der Berg"));

        api().body("""
                        {"contactnaam": {"achternaam": "Berg"}}""")
                .patch("/betrokkenen/" + uuid)
                .then()
                .statusCode(200)
                .body("volledigeNaam", equalTo("Berg"))
                .body("contactnaam.voornaam", equalTo(""));
    }

    @Test
    void postAndPutRequireKlantcontactRolAndInitiatorButPatchDoesNot() {
        String klantcontact = Klantcontacten.registreer(api());
        String uuid = registreer(betrokkene(klantcontact));

        for (var request : new String[] {"POST", "PUT"}) {
            var response = request.equals("POST")
                    ? api().body("{}").post("/betrokkenen")
                    : api().body("{}").put("/betrokkenen/" + uuid);
            response.then()
                    .statusCode(400)
                    .body("code", equalTo("invalid"))
                    .body("invalidParams.name", contains("hadKlantcontact", "rol", "initiator"))
                    .body("invalidParams.code", contains("required", "required", "required"));
        }

        api().body("{}")
                .patch("/betrokkenen/" + uuid)
                .then()
                .statusCode(200)
                .body("rol", equalTo("klant"))
                .body("hadKlantcontact.uuid", equalTo(klantcontact));
        api().get("/betrokkenen").then().body("count", equalTo(1));
    }

    @Test
    void reportsEveryInvalidFieldUnderItsOwnNameAndStoresNothing() {
        String unknown = UUID.randomUUID().toString();
        api().body("""
                        {"hadKlantcontact": {"uuid": "%s"}, "rol": "burger", "initiator": "ja",
                         "organisatienaam": "%s",
                         "contactnaam": {"voorletters": "ABCDEFGHIJK"},
                         "bezoekadres": {"postcode": "1234ab", "huisnummer": 0},
                         "correspondentieadres": {"land": "nl", "nummeraanduidingId": "123"}}""".formatted(unknown, "x".repeat(201)))
                .post("/betrokkenen")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        containsInAnyOrder(
                                "contactnaam.voorletters",
                                "bezoekadres.huisnummer",
                                "bezoekadres.postcode",
                                "correspondentieadres.nummeraanduidingId",
                                "correspondentieadres.land",
                                "rol",
                                "organisatienaam",
                                "initiator",
                                "hadKlantcontact.uuid"))
                .body("invalidParams.find { it.name == 'hadKlantcontact.uuid' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'rol' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'initiator' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'organisatienaam' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'contactnaam.voorletters' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'bezoekadres.postcode' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'bezoekadres.huisnummer' }.code", equalTo("min_value"))
                .body("invalidParams.find { it.name == 'correspondentieadres.land' }.code", equalTo("invalid"))
                .body(
                        "invalidParams.find { it.name == 'correspondentieadres.nummeraanduidingId' }.code",
                        equalTo("invalid"));

        api().body("""
                        {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true}""".formatted(unknown))
                .post("/betrokkenen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("hadKlantcontact.uuid"))
                .body("invalidParams.code", contains("invalid"));

        api().get("/betrokkenen").then().body("count", equalTo(0));
    }

    @Test
    void refusesMalformedReferences() {
        api().body("""
                        {"hadKlantcontact": "%s", "rol": "klant", "initiator": true}""".formatted(UUID.randomUUID()))
                .post("/betrokkenen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("hadKlantcontact.nonFieldErrors"))
                .body("invalidParams.code", contains("invalid"));
        api().body("""
                        {"hadKlantcontact": {"uuid": "geen-uuid"}, "rol": "klant", "initiator": true}""")
                .post("/betrokkenen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("hadKlantcontact.uuid"))
                .body("invalidParams.code", contains("invalid"));
        api().body("""
                        {"hadKlantcontact": null, "rol": "klant", "initiator": true}""")
                .post("/betrokkenen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("hadKlantcontact"))
                .body("invalidParams.code", contains("null"));
        api().body("""
                        {"hadKlantcontact": {}, "rol": "klant", "initiator": true}""")
                .post("/betrokkenen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("hadKlantcontact.uuid"))
                .body("invalidParams.code", contains("required"));
    }

    @Test
    void putKeepsOmittedOptionalFieldsAndClearsGroupsSentAsNull() {
        String klantcontact = Klantcontacten.registreer(api());
        String uuid = registreer("""
                {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true,
                 "organisatienaam": "Gemeentewerf", "contactnaam": {"voornaam": "Els"},
                 "bezoekadres": {"straatnaam": "Kade", "huisnummer": 3},
                 "correspondentieadres": {"stad": "Utrecht"}}""".formatted(klantcontact));

        api().body("""
                        {"hadKlantcontact": {"uuid": "%s"}, "rol": "vertegenwoordiger", "initiator": false,
                         "bezoekadres": null, "wasPartij": null}""".formatted(klantcontact))
                .put("/betrokkenen/" + uuid)
                .then()
                .statusCode(200)
                .body("rol", equalTo("vertegenwoordiger"))
                .body("initiator", equalTo(false))
                .body("organisatienaam", equalTo("Gemeentewerf"))
                .body("contactnaam.voornaam", equalTo("Els"))
                .body("correspondentieadres.stad", equalTo("Utrecht"))
                .body("bezoekadres.straatnaam", equalTo(""))
                .body("bezoekadres.huisnummer", nullValue())
                .body("wasPartij", nullValue());

        api().get("/betrokkenen/" + uuid)
                .then()
                .body("bezoekadres.straatnaam", equalTo(""))
                .body("organisatienaam", equalTo("Gemeentewerf"));
    }

    @Test
    void patchReplacesAGroupWholeAndKeepsTheRest() {
        String klantcontact = Klantcontacten.registreer(api());
        String ander = Klantcontacten.registreer(api());
        String uuid = registreer("""
                {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true,
                 "contactnaam": {"voornaam": "Els", "achternaam": "Jansen"},
                 "bezoekadres": {"straatnaam": "Kade", "huisnummer": 3, "postcode": "3511 AB"},
                 "correspondentieadres": {"stad": "Utrecht"}}""".formatted(klantcontact));

        api().body("""
                        {"bezoekadres": {"straatnaam": "Singel"}}""")
                .patch("/betrokkenen/" + uuid)
                .then()
                .statusCode(200)
                .body("bezoekadres.straatnaam", equalTo("Singel"))
                .body("bezoekadres.huisnummer", nullValue())
                .body("bezoekadres.postcode", equalTo(""))
                .body("correspondentieadres.stad", equalTo("Utrecht"))
                .body("contactnaam.achternaam", equalTo("Jansen"))
                .body("rol", equalTo("klant"));

        api().body("""
                        {"hadKlantcontact": {"uuid": "%s"}}""".formatted(ander))
                .patch("/betrokkenen/" + uuid)
                .then()
                .statusCode(200)
                .body("hadKlantcontact.uuid", equalTo(ander));
        api().get("/klantcontacten/" + klantcontact).then().body("hadBetrokkenen", empty());
        api().get("/klantcontacten/" + ander).then().body("hadBetrokkenen.uuid", contains(uuid));
    }

    @Test
    void deletesABetrokkeneAndKeepsItsKlantcontact() {
        String klantcontact = Klantcontacten.registreer(api());
        String uuid = registreer(betrokkene(klantcontact));

        api().delete("/betrokkenen/" + uuid).then().statusCode(204);

        api().get("/betrokkenen/" + uuid).then().statusCode(404).body("code", equalTo("not_found"));
        api().delete("/betrokkenen/" + uuid).then().statusCode(404);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(200).body("hadBetrokkenen", empty());
    }

    @Test
    void deletingTheKlantcontactDeletesItsBetrokkenen() {
        String klantcontact = Klantcontacten.registreer(api());
        String uuid = registreer(betrokkene(klantcontact));

        api().delete("/klantcontacten/" + klantcontact).then().statusCode(204);

        api().get("/betrokkenen/" + uuid).then().statusCode(404);
    }

    @Test
    void listsNewestFirst() {
        String klantcontact = Klantcontacten.registreer(api());
        String eerste = registreer(betrokkene(klantcontact));
        String tweede = registreer(betrokkene(klantcontact));

        api().get("/betrokkenen").then().body("count", equalTo(2)).body("results.uuid", contains(tweede, eerste));
    }

    @Test
    void filtersOnNameOrganisationKlantcontactAndPartij() {
        String k1 = Klantcontacten.registreer(api(), "1001");
        String k2 = Klantcontacten.registreer(api(), "1002");
        String jansen = registreer("""
                {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true,
                 "organisatienaam": "Bakkerij",
                 "contactnaam": {"voorletters": "E", "voornaam": "Els", "voorvoegselAchternaam": "de",
                                 "achternaam": "Jansen"}}""".formatted(k1));
        String pietersen = registreer("""
                {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true,
                 "organisatienaam": "Slagerij",
                 "contactnaam": {"voorletters": "P", "voornaam": "Piet", "voorvoegselAchternaam": "van",
                                 "achternaam": "Pietersen"}}""".formatted(k2));

        expect("contactnaamAchternaam=Jansen", jansen);
        expect("contactnaamAchternaam=jansen");
        expect("contactnaamVoorletters=P", pietersen);
        expect("contactnaamVoornaam=Els", jansen);
        expect("contactnaamVoorvoegselAchternaam=van", pietersen);
        expect("organisatienaam=Slagerij", pietersen);
        expect("organisatienaam=Slag");
        expect("hadKlantcontact__uuid=" + k1, jansen);
        expect("hadKlantcontact__url=https://elders.example/klantinteracties/api/v1/klantcontacten/" + k2, pietersen);
        expect("hadKlantcontact__url=https://elders.example/klantcontacten/geen-uuid");
        expect("hadKlantcontact__nummer=1001", jansen);
        expect("hadKlantcontact__referentienummer=91002", pietersen);
        expect("hadKlantcontact__referentienummer=1002");
        expect("wasPartij__uuid=" + UUID.randomUUID());
        expect("wasPartij__url=http://localhost/klantinteracties/api/v1/partijen/" + UUID.randomUUID());
        expect("contactnaamVoornaam=Els&hadKlantcontact__uuid=" + k2);
        expect("hadKlantcontact__uuid=" + k2 + "&contactnaamVoornaam=Piet", pietersen);
        expect("", pietersen, jansen);
    }

    @Test
    void refusesBadFilterValues() {
        bad("hadKlantcontact__uuid=ValueError", "hadKlantcontact__uuid", "invalid");
        bad("wasPartij__uuid=123", "wasPartij__uuid", "invalid");
        bad("contactnaamAchternaam=%00", "contactnaamAchternaam", "null_characters_not_allowed");
        bad("hadKlantcontact__url=http://x/%01", "hadKlantcontact__url", "invalid");
        bad("contactnaam=Jansen", "nonFieldErrors", "unknown-parameters");
        bad(
                "hadKlantcontact__uuid=" + UUID.randomUUID() + "&hadKlantcontact__uuid=" + UUID.randomUUID(),
                "hadKlantcontact__uuid",
                "invalid");
    }

    private void expect(String query, String... uuids) {
        Queries.finds(api(), "/betrokkenen", query, uuids);
    }

    private void bad(String query, String name, String code) {
        Queries.refuses(api(), "/betrokkenen", query, name, code);
    }
}
