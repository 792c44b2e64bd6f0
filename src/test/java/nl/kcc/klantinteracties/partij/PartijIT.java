package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@code /partijen}: registering a persoon, organisatie or contactpersoon, the fields of each kind, what the
 * standard refuses, PUT and PATCH, the nummer, and what a delete leaves of the contact history. */
class PartijIT extends ApiIT {

    @Test
    void registersAPersoonAndShowsEveryFieldInTheStandardsOrder() {
        String body = api().body(persoon("Phil", "Bozeman"))
                .post("/partijen")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1/partijen/"))
                .body("nummer", nullValue())
                .body("interneNotitie", equalTo(""))
                .body("betrokkenen", empty())
                .body("categorieRelaties", empty())
                .body("digitaleAdressen", empty())
                .body("voorkeursDigitaalAdres", nullValue())
                .body("vertegenwoordigden", empty())
                .body("rekeningnummers", empty())
                .body("voorkeursRekeningnummer", nullValue())
                .body("partijIdentificatoren", empty())
                .body("soortPartij", equalTo("persoon"))
                .body("indicatieGeheimhouding", nullValue())
                .body("voorkeurstaal", equalTo(""))
                .body("indicatieActief", equalTo(true))
                .body("bezoekadres.straatnaam", equalTo(""))
                .body("bezoekadres.huisnummer", nullValue())
                .body("correspondentieadres.land", equalTo(""))
                .body("partijIdentificatie.contactnaam.voornaam", equalTo("Phil"))
                .body("partijIdentificatie.contactnaam.voorletters", equalTo(""))
                .body("partijIdentificatie.volledigeNaam", equalTo("Phil Bozeman"))
                .body("$", not(hasKey("_expand")))
                .extract()
                .asString();

        var keys = new ArrayList<String>();
        JsonMapper.builder().build().readTree(body).properties().forEach(e -> keys.add(e.getKey()));
        assertThat(keys)
                .containsExactly(
                        "uuid",
                        "url",
                        "nummer",
                        "interneNotitie",
                        "betrokkenen",
                        "categorieRelaties",
                        "digitaleAdressen",
                        "voorkeursDigitaalAdres",
                        "vertegenwoordigden",
                        "rekeningnummers",
                        "voorkeursRekeningnummer",
                        "partijIdentificatoren",
                        "soortPartij",
                        "indicatieGeheimhouding",
                        "voorkeurstaal",
                        "indicatieActief",
                        "bezoekadres",
                        "correspondentieadres",
                        "partijIdentificatie");
    }

    @Test
    void storesEveryWritableField() {
        String uuid = registreer(api(), "/partijen", """
                {"soortPartij": "persoon", "indicatieActief": false, "indicatieGeheimhouding": true,
                 "nummer": "1234567890", "interneNotitie": "Liever niet bellen", "voorkeurstaal": "nld",
                 "bezoekadres": {"nummeraanduidingId": "0363200000123456", "straatnaam": "Dorpsstraat",
                                 "huisnummer": 12, "postcode": "1234 AB", "stad": "Ergens", "land": "NL"},
                 "correspondentieadres": {"adresregel1": "Rue de la Paix 1", "land": "FR"},
                 "partijIdentificatie": {"contactnaam": {"voorletters": "J.W.", "voornaam": "Jan",
                                         "voorvoegselAchternaam": "van der", "achternaam": "Berg"}}}""");

        api().get("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("indicatieActief", equalTo(false))
                .body("indicatieGeheimhouding", equalTo(true))
                .body("nummer", equalTo("1234567890"))
                .body("interneNotitie", equalTo("Liever niet bellen"))
                .body("voorkeurstaal", equalTo("nld"))
                .body("bezoekadres.nummeraanduidingId", equalTo("0363200000123456"))
                .body("bezoekadres.huisnummer", equalTo(12))
                .body("bezoekadres.postcode", equalTo("1234 AB"))
                .body("correspondentieadres.adresregel1", equalTo("Rue de la Paix 1"))
                .body("correspondentieadres.land", equalTo("FR"))
                .body("partijIdentificatie.volledigeNaam", equalTo("Jan van der Berg"));
    }

    @Test
    void refusesWhatTheStandardDoesNotAllow() {
        api().body(Map.of())
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("soortPartij", "indicatieActief"))
                .body("invalidParams.code", contains("required", "required"));

        api().body(Map.of(
                        "nummer", "12a",
                        "interneNotitie", "x".repeat(1001),
                        "soortPartij", "robot",
                        "voorkeurstaal", "nlde",
                        "indicatieActief", "ja",
                        "bezoekadres", Map.of("postcode", "1234AB", "land", "nl")))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "nummer",
                                "interneNotitie",
                                "soortPartij",
                                "voorkeurstaal",
                                "indicatieActief",
                                "bezoekadres.postcode",
                                "bezoekadres.land"))
                .body(
                        "invalidParams.code",
                        contains(
                                "invalid",
                                "max_length",
                                "invalid_choice",
                                "max_length",
                                "invalid",
                                "invalid",
                                "invalid"));

        api().body(with(persoon("Jan", "Jansen"), "partijIdentificatie", "Jan"))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatie.nonFieldErrors"));
        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatie",
                        Map.of("contactnaam", Map.of("voorletters", "x".repeat(11)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatie.contactnaam.voorletters"))
                .body("invalidParams.code", contains("max_length"));
        api().body(with(organisatie("x".repeat(201))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatie.naam"))
                .body("invalidParams.code", contains("max_length"));
        api().get("/partijen").then().body("count", equalTo(0));
    }

    @Test
    void acceptsWhatKissSendsWhenItRegistersAKlant() {
        String persoon = registreer(api(), "/partijen", """
                {"soortPartij": "persoon", "partijIdentificatie": {"contactnaam": null}, "indicatieActief": true,
                 "indicatieGeheimhouding": false, "digitaleAdressen": [], "betrokkenen": [], "categorieRelaties": [],
                 "vertegenwoordigden": [], "rekeningnummers": [], "partijIdentificatoren": [],
                 "voorkeursDigitaalAdres": null, "voorkeursRekeningnummer": null}""");
        api().get("/partijen/" + persoon)
                .then()
                .body("indicatieGeheimhouding", equalTo(false))
                .body("partijIdentificatie.contactnaam.achternaam", equalTo(""))
                .body("partijIdentificatie.volledigeNaam", equalTo(""));

        api().body("""
                        {"soortPartij": "organisatie", "partijIdentificatie": {"naam": ""}, "indicatieActief": true,
                         "indicatieGeheimhouding": false, "digitaleAdressen": [], "betrokkenen": [],
                         "categorieRelaties": [], "vertegenwoordigden": [], "rekeningnummers": [],
                         "partijIdentificatoren": [], "voorkeursDigitaalAdres": null, "voorkeursRekeningnummer": null}""")
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("partijIdentificatie", equalTo(Map.of("naam", "")));
    }

    @Test
    void showsTheDetailsOfEachKind() {
        String organisatie = registreer(api(), organisatie("Whitechapel"));
        api().get("/partijen/" + organisatie)
                .then()
                .body("partijIdentificatie", equalTo(Map.of("naam", "Whitechapel")));

        String contactpersoon = registreer(api(), "/partijen", """
                {"soortPartij": "contactpersoon", "indicatieActief": true,
                 "partijIdentificatie": {"werkteVoorPartij": {"uuid": "%s"},
                                         "contactnaam": {"voornaam": "Vincent", "achternaam": "Bennett"}}}""".formatted(organisatie));
        api().get("/partijen/" + contactpersoon)
                .then()
                .body("partijIdentificatie.uuid", matchesPattern("[0-9a-f-]{36}"))
                .body("partijIdentificatie.werkteVoorPartij.uuid", equalTo(organisatie))
                .body("partijIdentificatie.werkteVoorPartij.url", endsWith("/partijen/" + organisatie))
                .body("partijIdentificatie.contactnaam.voornaam", equalTo("Vincent"))
                .body("partijIdentificatie.volledigeNaam", equalTo("Vincent Bennett"));

        // Without details each kind shows them empty; a contactpersoon still has a uuid of its own.
        api().body(Map.of("soortPartij", "organisatie", "indicatieActief", true))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("partijIdentificatie", equalTo(Map.of("naam", "")));
        api().body(Map.of("soortPartij", "contactpersoon", "indicatieActief", true))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("partijIdentificatie.uuid", matchesPattern("[0-9a-f-]{36}"))
                .body("partijIdentificatie", hasKey("werkteVoorPartij"))
                .body("partijIdentificatie.werkteVoorPartij", nullValue())
                .body("partijIdentificatie.volledigeNaam", equalTo(""));
    }

    @Test
    void aContactpersoonWorksForAnOrganisatie() {
        String persoon = registreer(api(), persoon("Jan", "Jansen"));
        String template = """
                {"soortPartij": "contactpersoon", "indicatieActief": true,
                 "partijIdentificatie": {"werkteVoorPartij": {"uuid": "%s"}}}""";

        api().body(template.formatted(persoon))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatie.werkteVoorPartij.uuid"))
                .body("invalidParams.code", contains("invalid"));
        api().body(template.formatted(ONBEKEND))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatie.werkteVoorPartij.uuid"))
                .body("invalidParams.code", contains("invalid"));

        String organisatie = registreer(api(), organisatie("Gemeente"));
        api().body(template.formatted(organisatie))
                .put("/partijen/" + organisatie)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatie.werkteVoorPartij.uuid"))
                .body("invalidParams.code", contains("invalid"));

        String contactpersoon = registreer(api(), "/partijen", template.formatted(organisatie));
        // The organisatie cannot become something else while people work for it.
        api().body(Map.of("soortPartij", "persoon"))
                .patch("/partijen/" + organisatie)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("soortPartij"))
                .body("invalidParams.code", contains("invalid"));
        api().get("/partijen/" + contactpersoon)
                .then()
                .body("partijIdentificatie.werkteVoorPartij.uuid", equalTo(organisatie));
    }

    @Test
    void aPartijThatChangesKindKeepsNoneOfItsOldDetails() {
        String organisatie = registreer(api(), organisatie("Gemeente"));
        String contactpersoon = registreer(api(), "/partijen", """
                {"soortPartij": "contactpersoon", "indicatieActief": true,
                 "partijIdentificatie": {"werkteVoorPartij": {"uuid": "%s"},
                                         "contactnaam": {"voornaam": "Vincent", "achternaam": "Bennett"}}}""".formatted(organisatie));

        api().body(persoon("Vincent", "Bennett"))
                .put("/partijen/" + contactpersoon)
                .then()
                .statusCode(200)
                .body("soortPartij", equalTo("persoon"))
                .body("partijIdentificatie.volledigeNaam", equalTo("Vincent Bennett"))
                .body("partijIdentificatie", not(hasKey("werkteVoorPartij")));

        api().body(Map.of("soortPartij", "organisatie", "indicatieActief", true))
                .put("/partijen/" + contactpersoon)
                .then()
                .statusCode(200)
                .body("partijIdentificatie", equalTo(Map.of("naam", "")));

        // Without soortPartij the details are read as those of the kind the partij has.
        api().body(Map.of("partijIdentificatie", Map.of("naam", "Bakkerij")))
                .patch("/partijen/" + contactpersoon)
                .then()
                .statusCode(200)
                .body("partijIdentificatie", equalTo(Map.of("naam", "Bakkerij")));
        api().body(Map.of("partijIdentificatie", Map.of("naam", "x".repeat(201))))
                .patch("/partijen/" + contactpersoon)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatie.naam"));
    }

    @Test
    void putNeedsKindAndActivityAndKeepsWhatItLeavesOut() {
        String uuid = registreer(
                api(), with(persoon("Jan", "Jansen"), "interneNotitie", "Belt vaak", "voorkeurstaal", "nld"));

        api().body(Map.of("interneNotitie", "x"))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("soortPartij", "indicatieActief"));

        api().body(Map.of("soortPartij", "persoon", "indicatieActief", false))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("indicatieActief", equalTo(false))
                .body("interneNotitie", equalTo("Belt vaak"))
                .body("voorkeurstaal", equalTo("nld"))
                .body("partijIdentificatie.volledigeNaam", equalTo("Jan Jansen"));

        api().body(Map.of())
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("interneNotitie", equalTo("Belt vaak"));

        var body = new LinkedHashMap<String, Object>();
        body.put("bezoekadres", Map.of("straatnaam", "Dorpsstraat"));
        body.put("indicatieGeheimhouding", true);
        api().body(body)
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("bezoekadres.straatnaam", equalTo("Dorpsstraat"))
                .body("indicatieGeheimhouding", equalTo(true));
        body.put("bezoekadres", null);
        body.put("indicatieGeheimhouding", null);
        api().body(body)
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("bezoekadres.straatnaam", equalTo(""))
                .body("indicatieGeheimhouding", nullValue());
    }

    @Test
    void aNummerIsOnePartijs() {
        registreer(api(), with(persoon("Jan", "Jansen"), "nummer", "42"));
        api().body(with(persoon("Piet", "Pietersen"), "nummer", "42"))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nummer"))
                .body("invalidParams.code", contains("unique"));

        // An empty nummer is no nummer, and no clash.
        registreer(api(), with(persoon("Piet", "Pietersen"), "nummer", ""));
        api().body(with(persoon("Klaas", "Klaassen"), "nummer", ""))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("nummer", nullValue());
    }

    @Test
    void deletingAPartijKeepsItsContactHistory() {
        String da = emailadres(api(), "jan@example.nl");
        String gegeven = emailadres(api(), "jan@werk.nl");
        String organisatie = registreer(api(), organisatie("Werkgever"));
        String jan = registreer(
                api(),
                with(
                        persoon("Jan", "Jansen"),
                        "digitaleAdressen",
                        refs(da, gegeven),
                        "rekeningnummers",
                        refs(rekeningnummer(api(), "NL91ABNA0417164300")),
                        "partijIdentificatoren",
                        List.of(item(bsnGroep(BSN)))));
        String klantcontact = klantcontact(api());
        String betrokkene = betrokkene(api(), klantcontact, jan);
        api().body(Map.of("verstrektDoorBetrokkene", ref(betrokkene), "isStandaardAdres", true))
                .patch("/digitaleadressen/" + gegeven)
                .then()
                .statusCode(200);
        String kind = registreer(api(), persoon("Kees", "Jansen"));
        registreer(
                api(),
                "/vertegenwoordigingen",
                Map.of("vertegenwoordigendePartij", ref(jan), "vertegenwoordigdePartij", ref(kind)));
        registreer(
                api(),
                "/vertegenwoordigingen",
                Map.of("vertegenwoordigendePartij", ref(organisatie), "vertegenwoordigdePartij", ref(jan)));
        String categorie = registreer(api(), "/categorieen", Map.of("naam", "vip"));
        registreer(api(), "/categorie-relaties", Map.of("partij", ref(jan), "categorie", ref(categorie)));

        api().delete("/partijen/" + jan).then().statusCode(204);

        api().get("/partijen/" + jan).then().statusCode(404);
        // The contact history stays: the betrokkene keeps its own data, the address it gave stays with it.
        api().get("/betrokkenen/" + betrokkene)
                .then()
                .statusCode(200)
                .body("wasPartij", nullValue())
                .body("volledigeNaam", equalTo("Jan Jansen"));
        api().get("/klantcontacten/" + klantcontact).then().body("hadBetrokkenen.uuid", contains(betrokkene));
        api().get("/digitaleadressen/" + gegeven)
                .then()
                .statusCode(200)
                .body("verstrektDoorPartij", nullValue())
                .body("verstrektDoorBetrokkene.uuid", equalTo(betrokkene))
                .body("isStandaardAdres", equalTo(false));
        // What was only the partij's goes with it.
        api().get("/digitaleadressen/" + da).then().statusCode(404);
        api().get("/rekeningnummers").then().body("count", equalTo(0));
        api().get("/partij-identificatoren").then().body("count", equalTo(0));
        api().get("/vertegenwoordigingen").then().body("count", equalTo(0));
        api().get("/categorie-relaties").then().body("count", equalTo(0));
        api().get("/categorieen/" + categorie).then().statusCode(200);
        api().get("/partijen/" + kind).then().statusCode(200);
        api().get("/partijen/" + organisatie).then().body("vertegenwoordigden", empty());
    }
}
