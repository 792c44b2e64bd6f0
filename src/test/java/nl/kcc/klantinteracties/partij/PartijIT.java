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

class PartijIT extends ApiIT {

    private static final String ONBEKEND = "01a2230f-dc1e-70f6-9769-5cfc8e86f2fd";

    private String emailadres(String adres) {
        return registreer(api(), "/digitaleadressen", Map.of("adres", adres, "soortDigitaalAdres", "email"));
    }

    private String rekeningnummer(String iban) {
        return registreer(api(), "/rekeningnummers", Map.of("iban", iban));
    }

    private String klantcontact() {
        return registreer(
                api(),
                "/klantcontacten",
                Map.of("kanaal", "telefoon", "onderwerp", "Paspoort", "taal", "nld", "vertrouwelijk", false));
    }

    private String betrokkene(String klantcontact, String partij) {
        return registreer(api(), "/betrokkenen", """
                {"hadKlantcontact": {"uuid": "%s"}, "wasPartij": {"uuid": "%s"}, "rol": "klant", "initiator": true,
                 "contactnaam": {"voornaam": "Jan", "achternaam": "Jansen"}}""".formatted(klantcontact, partij));
    }

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
    void linksTheDigitaleAdressenItListsAndKeepsTheOnesItNoLongerDoes() {
        String da1 = emailadres("jan@example.nl");
        String da2 = emailadres("jan@werk.nl");
        String uuid = registreer(api(), with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1)));
        api().get("/digitaleadressen/" + da1).then().body("verstrektDoorPartij.uuid", equalTo(uuid));
        api().get("/partijen/" + uuid)
                .then()
                .body("digitaleAdressen.uuid", contains(da1))
                .body("digitaleAdressen[0].url", endsWith("/klantinteracties/api/v1/digitaleadressen/" + da1));

        api().body(with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da2)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("digitaleAdressen.uuid", contains(da2));
        api().get("/digitaleadressen/" + da1).then().statusCode(200).body("verstrektDoorPartij", nullValue());

        // Listed in any order, shown oldest first.
        api().body(Map.of("digitaleAdressen", refs(da2, da1, da2)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("digitaleAdressen.uuid", contains(da1, da2));

        var geen = new LinkedHashMap<String, Object>();
        geen.put("digitaleAdressen", null);
        api().body(geen).patch("/partijen/" + uuid).then().statusCode(200).body("digitaleAdressen", empty());
        api().get("/digitaleadressen").then().body("count", equalTo(2));

        api().body(Map.of("digitaleAdressen", refs(da1, ONBEKEND)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("digitaleAdressen.1.uuid"))
                .body("invalidParams.code", contains("invalid"));
        api().get("/digitaleadressen/" + da1).then().body("verstrektDoorPartij", nullValue());
    }

    @Test
    void anAddressTakenFromAnotherPartijIsNoLongerItsPreferredOrStandardAddress() {
        String da = emailadres("info@example.nl");
        String eerste = registreer(
                api(), with(organisatie("Eerste"), "digitaleAdressen", refs(da), "voorkeursDigitaalAdres", ref(da)));
        api().body(Map.of("isStandaardAdres", true))
                .patch("/digitaleadressen/" + da)
                .then()
                .statusCode(200);

        String tweede = registreer(api(), with(organisatie("Tweede"), "digitaleAdressen", refs(da)));

        api().get("/partijen/" + eerste)
                .then()
                .body("digitaleAdressen", empty())
                .body("voorkeursDigitaalAdres", nullValue());
        api().get("/digitaleadressen/" + da)
                .then()
                .body("verstrektDoorPartij.uuid", equalTo(tweede))
                .body("isStandaardAdres", equalTo(false));
    }

    @Test
    void twoAddressesOfAPartijCannotShareAReferentie() {
        String da1 = registreer(
                api(),
                "/digitaleadressen",
                Map.of("adres", "a@example.nl", "soortDigitaalAdres", "email", "referentie", "portaalvoorkeur"));
        String da2 = registreer(
                api(),
                "/digitaleadressen",
                Map.of("adres", "b@example.nl", "soortDigitaalAdres", "email", "referentie", "portaalvoorkeur"));
        String da3 = registreer(
                api(),
                "/digitaleadressen",
                Map.of("adres", "0201234567", "soortDigitaalAdres", "telefoonnummer", "referentie", "portaalvoorkeur"));

        api().body(with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1, da3, da2)))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("digitaleAdressen.2.uuid"))
                .body("invalidParams.code", contains("unique"));
        api().get("/partijen").then().body("count", equalTo(0));

        registreer(api(), with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1, da3)));
    }

    @Test
    void thePreferredAddressIsOneOfThePartijsOwn() {
        String da1 = emailadres("jan@example.nl");
        String da2 = emailadres("jan@werk.nl");

        api().body(with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1), "voorkeursDigitaalAdres", ref(da2)))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"))
                .body("invalidParams.code", contains("invalid"));
        // Without the list, the new partij has no addresses at all.
        api().body(with(persoon("Jan", "Jansen"), "voorkeursDigitaalAdres", ref(da1)))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"));
        api().get("/partijen").then().body("count", equalTo(0));
        api().get("/digitaleadressen/" + da1).then().body("verstrektDoorPartij", nullValue());

        String uuid = registreer(
                api(),
                with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1), "voorkeursDigitaalAdres", ref(da1)));
        api().get("/partijen/" + uuid).then().body("voorkeursDigitaalAdres.uuid", equalTo(da1));
        // Without the list, the preference is checked against the addresses the partij has.
        api().body(with(persoon("Jan", "Jansen"), "voorkeursDigitaalAdres", ref(da1)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("digitaleAdressen.uuid", contains(da1))
                .body("voorkeursDigitaalAdres.uuid", equalTo(da1));
        api().body(with(persoon("Jan", "Jansen"), "voorkeursDigitaalAdres", ref(da2)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"));

        api().body(with(persoon("Jan", "Jansen"), "digitaleAdressen", List.of(), "voorkeursDigitaalAdres", ref(da1)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"));
        api().body(Map.of("voorkeursDigitaalAdres", ref(da2)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"));
        // Linked in the same request counts.
        api().body(Map.of("digitaleAdressen", refs(da1, da2), "voorkeursDigitaalAdres", ref(da2)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("voorkeursDigitaalAdres.uuid", equalTo(da2));
        // Unlinking the preferred address ends the preference.
        api().body(Map.of("digitaleAdressen", refs(da1)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("voorkeursDigitaalAdres", nullValue());

        var geen = new LinkedHashMap<String, Object>();
        api().body(Map.of("voorkeursDigitaalAdres", ref(da1)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200);
        geen.put("voorkeursDigitaalAdres", null);
        api().body(geen).patch("/partijen/" + uuid).then().statusCode(200).body("voorkeursDigitaalAdres", nullValue());
    }

    @Test
    void linksRekeningnummersAndPrefersOneOfThem() {
        String r1 = rekeningnummer("NL91ABNA0417164300");
        String r2 = rekeningnummer("NL20INGB0001234567");

        api().body(with(persoon("Jan", "Jansen"), "voorkeursRekeningnummer", ref(r1)))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursRekeningnummer"))
                .body("invalidParams.code", contains("invalid"));

        String uuid = registreer(
                api(), with(persoon("Jan", "Jansen"), "rekeningnummers", refs(r1), "voorkeursRekeningnummer", ref(r1)));
        api().get("/partijen/" + uuid)
                .then()
                .body("rekeningnummers.uuid", contains(r1))
                .body("rekeningnummers[0].url", endsWith("/rekeningnummers/" + r1))
                .body("voorkeursRekeningnummer.uuid", equalTo(r1));
        api().get("/rekeningnummers/" + r1).then().body("partij.uuid", equalTo(uuid));

        api().body(with(persoon("Jan", "Jansen"), "rekeningnummers", refs(r2)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("rekeningnummers.uuid", contains(r2))
                .body("voorkeursRekeningnummer", nullValue());
        api().get("/rekeningnummers/" + r1).then().statusCode(200).body("partij", nullValue());

        api().body(Map.of("voorkeursRekeningnummer", ref(r1)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursRekeningnummer"));
        api().body(Map.of("rekeningnummers", refs(ONBEKEND)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("rekeningnummers.0.uuid"))
                .body("invalidParams.code", contains("invalid"));
    }

    @Test
    void registersNestedIdentificatorenWithThePartij() {
        String uuid = api().body(with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("partijIdentificatoren", hasSize(1))
                .body("partijIdentificatoren[0].uuid", matchesPattern("[0-9a-f-]{36}"))
                .body("partijIdentificatoren[0].url", containsString("/partij-identificatoren/"))
                .body("partijIdentificatoren[0].anderePartijIdentificator", equalTo(""))
                .body("partijIdentificatoren[0].partijIdentificator", equalTo(bsnGroep(BSN)))
                .body("partijIdentificatoren[0].subIdentificatorVan", nullValue())
                .extract()
                .path("uuid");
        api().get("/partijen/" + uuid).then().body("partijIdentificatoren[0].identificeerdePartij.uuid", equalTo(uuid));
        api().get("/partij-identificatoren").then().body("count", equalTo(1));

        var geen = new LinkedHashMap<>(persoon("Piet", "Pietersen"));
        geen.put("partijIdentificatoren", null);
        api().body(geen).post("/partijen").then().statusCode(201).body("partijIdentificatoren", empty());
    }

    @Test
    void refusesNestedIdentificatorenThatBreakTheRulesAndStoresNothing() {
        String andere = registreer(api(), persoon("Piet", "Pietersen"));

        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(Map.of("partijIdentificator", bsnGroep(BSN), "identificeerdePartij", ref(andere)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.identificeerdePartij"))
                .body("invalidParams.code", contains("invalid"));

        api().body(with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(Map.of())))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.0.partijIdentificator"))
                .body("invalidParams.code", contains("required"));

        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(
                                item(kvkGroep(KVK)),
                                item(bsnGroep("123456789")),
                                item(vestigingGroep(VESTIGINGSNUMMER)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "partijIdentificatoren.1.partijIdentificatorObjectId",
                                "partijIdentificatoren.2.subIdentificatorVan"))
                .body("invalidParams.code", contains("invalid", "invalid"));

        // Two items with the same number, or of the same kind.
        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(item(bsnGroep(BSN)), item(bsnGroep(BSN)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                // The reference names a clash as its database does, whichever item has it.
                .body("invalidParams.name", contains("__all__", "__all__"))
                .body("invalidParams.code", contains("invalid", "invalid"));
        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(item(bsnGroep(BSN)), item(bsnGroep(BSN_2)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));

        // A number another partij has.
        registreer(api(), PARTIJ_IDENTIFICATOREN, Partijen.identificator(andere, bsnGroep(BSN)));
        api().body(with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));

        api().get("/partijen").then().body("count", equalTo(1));
        api().get(PARTIJ_IDENTIFICATOREN).then().body("count", equalTo(1));
    }

    private static final String PARTIJ_IDENTIFICATOREN = "/partij-identificatoren";

    @Test
    void anUpdateReplacesTheNestedIdentificatoren() {
        String uuid = registreer(
                api(), with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))));
        String bsn = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[0].uuid");

        // An item with its uuid is updated in place; one without is new.
        var bijgewerkt = Map.of("uuid", bsn, "partijIdentificator", bsnGroep(BSN_2), "identificeerdePartij", ref(uuid));
        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(bijgewerkt, item(groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", hasSize(2))
                .body("partijIdentificatoren[0].uuid", equalTo(bsn))
                .body("partijIdentificatoren[0].partijIdentificator.objectId", equalTo(BSN_2))
                .body("partijIdentificatoren[1].partijIdentificator.objectId", equalTo(RSIN));

        // Items without a uuid are new, even with the same values: the old one goes.
        String rsin = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[1].uuid");
        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(item(groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", hasSize(1))
                .body("partijIdentificatoren[0].uuid", not(equalTo(rsin)))
                .body("partijIdentificatoren[0].partijIdentificator.objectId", equalTo(RSIN));
        api().get(PARTIJ_IDENTIFICATOREN + "/" + bsn).then().statusCode(404);
        api().get(PARTIJ_IDENTIFICATOREN + "/" + rsin).then().statusCode(404);

        // Absent or null: unchanged. Empty: none.
        api().body(Map.of("interneNotitie", "x"))
                .patch("/partijen/" + uuid)
                .then()
                .body("partijIdentificatoren", hasSize(1));
        var geen = new LinkedHashMap<String, Object>();
        geen.put("partijIdentificatoren", null);
        api().body(geen).patch("/partijen/" + uuid).then().statusCode(200).body("partijIdentificatoren", hasSize(1));
        api().body(Map.of("partijIdentificatoren", List.of()))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", empty());
        api().get(PARTIJ_IDENTIFICATOREN).then().body("count", equalTo(0));
    }

    @Test
    void refusesUnknownAndRepeatedNestedUuidsAndItemsOfAnotherPartij() {
        String uuid = registreer(
                api(), with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))));
        String bsn = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[0].uuid");
        String andere = registreer(api(), persoon("Piet", "Pietersen"));

        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(Map.of("uuid", ONBEKEND, "partijIdentificator", bsnGroep(BSN)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.0.uuid"))
                .body("invalidParams.code", contains("invalid"));
        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(
                                Map.of("uuid", bsn, "partijIdentificator", bsnGroep(BSN)),
                                Map.of("uuid", bsn, "partijIdentificator", bsnGroep(BSN)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.identificeerdePartij"))
                .body("invalidParams.code", contains("duplicated"));
        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "uuid",
                                bsn,
                                "partijIdentificator",
                                bsnGroep(BSN),
                                "identificeerdePartij",
                                ref(andere)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.identificeerdePartij"));
        api().body(Map.of(
                        "partijIdentificatoren", List.of(Map.of("uuid", "bsn", "partijIdentificator", bsnGroep(BSN)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.0.uuid"));
        api().get("/partijen/" + uuid).then().body("partijIdentificatoren.uuid", contains(bsn));

        // An identificator of another partij named by its uuid moves to this one, as in the standard's reference.
        api().body(Map.of("partijIdentificatoren", List.of(Map.of("uuid", bsn, "partijIdentificator", bsnGroep(BSN)))))
                .patch("/partijen/" + andere)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren.uuid", contains(bsn));
        api().get("/partijen/" + uuid).then().body("partijIdentificatoren", empty());
    }

    @Test
    void aVestigingIsAddedUnderTheKvkNummerInOneRequest() {
        String uuid =
                registreer(api(), with(organisatie("Bakkerij"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));
        String kvk = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[0].uuid");

        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(
                                Map.of("uuid", kvk, "partijIdentificator", kvkGroep(KVK)),
                                Map.of(
                                        "partijIdentificator",
                                        vestigingGroep(VESTIGINGSNUMMER),
                                        "subIdentificatorVan",
                                        ref(kvk)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", hasSize(2))
                .body("partijIdentificatoren[1].subIdentificatorVan.uuid", equalTo(kvk));

        // Both go together: nothing is left under the KvK-nummer.
        api().body(Map.of("partijIdentificatoren", List.of()))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", empty());
    }

    @Test
    void aPartijGoesWithTheVestigingenUnderItsOwnKvkNummer() {
        String uuid =
                registreer(api(), with(organisatie("Bakkerij"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));
        String kvk = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[0].uuid");
        api().body(Map.of(
                        "identificeerdePartij", ref(uuid),
                        "partijIdentificator", vestigingGroep(VESTIGINGSNUMMER),
                        "subIdentificatorVan", ref(kvk)))
                .post(PARTIJ_IDENTIFICATOREN)
                .then()
                .statusCode(201);

        api().delete("/partijen/" + uuid).then().statusCode(204);
        api().get(PARTIJ_IDENTIFICATOREN).then().body("count", equalTo(0));
    }

    @Test
    void anUpdateCannotDeleteAKvkNummerAnotherPartijsVestigingHangsUnder() {
        String organisatie =
                registreer(api(), with(organisatie("Bakkerij"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));
        String kvk = api().get("/partijen/" + organisatie).then().extract().path("partijIdentificatoren[0].uuid");
        String vestiging = registreer(
                api(),
                with(
                        organisatie("Bakkerij, filiaal Oost"),
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "partijIdentificator",
                                vestigingGroep(VESTIGINGSNUMMER),
                                "subIdentificatorVan",
                                ref(kvk)))));

        api().body(with(
                        organisatie("Bakkerij"),
                        "interneNotitie",
                        "gewijzigd",
                        "partijIdentificatoren",
                        List.of(item(groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))))
                .put("/partijen/" + organisatie)
                .then()
                .statusCode(409)
                .body("code", equalTo("conflict"))
                .body("detail", containsString(KVK));
        api().body(Map.of("partijIdentificatoren", List.of()))
                .patch("/partijen/" + organisatie)
                .then()
                .statusCode(409);
        // Changing the kind of the KvK-nummer is refused as for the identificator itself.
        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "uuid",
                                kvk,
                                "partijIdentificator",
                                groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))))
                .patch("/partijen/" + organisatie)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.0.partijIdentificatorCodeSoortObjectId"));

        api().get("/partijen/" + organisatie)
                .then()
                .body("interneNotitie", equalTo(""))
                .body("partijIdentificatoren.uuid", contains(kvk));
        api().get("/partijen/" + vestiging)
                .then()
                .body("partijIdentificatoren[0].subIdentificatorVan.uuid", equalTo(kvk));

        // Deleting the organisatie would delete its KvK-nummer too.
        api().delete("/partijen/" + organisatie).then().statusCode(409).body("code", equalTo("conflict"));
        api().get("/partijen/" + organisatie).then().statusCode(200);
    }

    @Test
    void showsItsBetrokkenenVertegenwoordigdenAndCategorieen() {
        String jan = registreer(api(), persoon("Jan", "Jansen"));
        String kind = registreer(api(), persoon("Kees", "Jansen"));
        String klantcontact = klantcontact();
        String b1 = betrokkene(klantcontact, jan);
        String b2 = betrokkene(klantcontact(), jan);
        registreer(
                api(),
                "/vertegenwoordigingen",
                Map.of("vertegenwoordigendePartij", ref(jan), "vertegenwoordigdePartij", ref(kind)));
        String categorie = registreer(api(), "/categorieen", Map.of("naam", "ouder"));
        String relatie = registreer(
                api(),
                "/categorie-relaties",
                Map.of(
                        "partij",
                        ref(jan),
                        "categorie",
                        ref(categorie),
                        "beginDatum",
                        "2024-01-01",
                        "eindDatum",
                        "2024-12-31"));

        api().get("/partijen/" + jan)
                .then()
                .body("betrokkenen.uuid", contains(b1, b2))
                .body("betrokkenen[0].url", endsWith("/klantinteracties/api/v1/betrokkenen/" + b1))
                .body("vertegenwoordigden.uuid", contains(kind))
                .body("vertegenwoordigden[0].url", endsWith("/partijen/" + kind))
                .body(
                        "categorieRelaties",
                        contains(Map.of(
                                "uuid", relatie,
                                "url",
                                        "http://localhost:" + port + "/klantinteracties/api/v1/categorie-relaties/"
                                                + relatie,
                                "categorieNaam", "ouder",
                                "beginDatum", "2024-01-01",
                                "eindDatum", "2024-12-31")));
        api().get("/partijen/" + kind)
                .then()
                .body("vertegenwoordigden", empty())
                .body("betrokkenen", empty());

        // Read-only: sent values are ignored.
        api().body(Map.of("betrokkenen", List.of(), "vertegenwoordigden", List.of(), "categorieRelaties", List.of()))
                .patch("/partijen/" + jan)
                .then()
                .statusCode(200)
                .body("betrokkenen", hasSize(2))
                .body("vertegenwoordigden", hasSize(1))
                .body("categorieRelaties", hasSize(1));
    }

    @Test
    void expandsAddressesBetrokkenenTheirKlantcontactAndCategorieen() {
        String da = emailadres("jan@example.nl");
        String jan = registreer(api(), with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da)));
        String klantcontact = klantcontact();
        String betrokkene = betrokkene(klantcontact, jan);
        String categorie = registreer(api(), "/categorieen", Map.of("naam", "vip"));
        String relatie =
                registreer(api(), "/categorie-relaties", Map.of("partij", ref(jan), "categorie", ref(categorie)));
        String leeg = registreer(api(), persoon("Piet", "Pietersen"));

        api().get("/partijen/" + jan + "?expand=digitaleAdressen,betrokkenen.hadKlantcontact,categorieRelaties")
                .then()
                .statusCode(200)
                .body("_expand.digitaleAdressen.uuid", contains(da))
                .body("_expand.digitaleAdressen[0].adres", equalTo("jan@example.nl"))
                .body("_expand.betrokkenen.uuid", contains(betrokkene))
                .body("_expand.betrokkenen[0].volledigeNaam", equalTo("Jan Jansen"))
                .body("_expand.betrokkenen[0]._expand.hadKlantcontact.uuid", equalTo(klantcontact))
                .body("_expand.betrokkenen[0]._expand.hadKlantcontact.onderwerp", equalTo("Paspoort"))
                .body("_expand.categorieRelaties.uuid", contains(relatie))
                .body("_expand.categorieRelaties[0].categorie.naam", equalTo("vip"));

        api().get("/partijen?expand=betrokkenen&expand=digitaleAdressen")
                .then()
                .statusCode(200)
                .body("results.uuid", contains(leeg, jan))
                .body("results[0]._expand", equalTo(Map.of("betrokkenen", List.of(), "digitaleAdressen", List.of())))
                .body("results[1]._expand.betrokkenen[0]", not(hasKey("_expand")));

        Queries.refuses(api(), "/partijen", "expand=rekeningnummers", "expand", "invalid_choice");
        Queries.refuses(api(), "/partijen", "expand=hadKlantcontact", "expand", "invalid_choice");
        api().get("/partijen/" + jan + "?expand=vertegenwoordigden")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("expand"));
    }

    @Test
    void filtersOnIdentificatorenKindActivityAndAddresses() {
        String jan = registreer(
                api(),
                with(
                        persoon("Jan", "Jansen"),
                        "nummer",
                        "1",
                        "partijIdentificatoren",
                        List.of(item(bsnGroep(BSN))),
                        "bezoekadres",
                        Map.of(
                                "nummeraanduidingId",
                                "0363200000123456",
                                "adresregel1",
                                "Dorpsstraat 1",
                                "land",
                                "NL")));
        String bakkerij = registreer(
                api(),
                with(
                        organisatie("Bakkerij"),
                        "indicatieActief",
                        false,
                        "indicatieGeheimhouding",
                        true,
                        "partijIdentificatoren",
                        List.of(item(kvkGroep(KVK))),
                        "correspondentieadres",
                        Map.of(
                                "nummeraanduidingId",
                                "0363200000654321",
                                "adresregel2",
                                "Postbus 1",
                                "adresregel3",
                                "Ergens",
                                "land",
                                "BE")));
        String kvk = api().get("/partijen/" + bakkerij).then().extract().path("partijIdentificatoren[0].uuid");
        String filiaal = registreer(
                api(),
                with(
                        organisatie("Bakkerij Oost"),
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "partijIdentificator",
                                vestigingGroep(VESTIGINGSNUMMER),
                                "subIdentificatorVan",
                                ref(kvk)))));

        Queries.finds(api(), "/partijen", "", filiaal, bakkerij, jan);
        Queries.finds(api(), "/partijen", "soortPartij=persoon", jan);
        Queries.finds(api(), "/partijen", "soortPartij=organisatie", filiaal, bakkerij);
        Queries.finds(api(), "/partijen", "soortPartij=contactpersoon");
        Queries.finds(api(), "/partijen", "indicatieActief=false", bakkerij);
        Queries.finds(api(), "/partijen", "indicatieGeheimhouding=true", bakkerij);
        Queries.finds(api(), "/partijen", "nummer=1", jan);
        Queries.finds(
                api(),
                "/partijen",
                "partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=" + BSN,
                jan);
        Queries.finds(
                api(),
                "/partijen",
                "partijIdentificator__codeSoortObjectId=kvk_nummer&partijIdentificator__objectId=" + BSN);
        Queries.finds(api(), "/partijen", "partijIdentificator__codeRegister=hr", filiaal, bakkerij);
        Queries.finds(api(), "/partijen", "partijIdentificator__codeObjecttype=vestiging", filiaal);
        Queries.finds(api(), "/partijen", "subIdentificatorVan__objectId=" + KVK, filiaal);
        Queries.finds(
                api(),
                "/partijen",
                "subIdentificatorVan__codeSoortObjectId=kvk_nummer&subIdentificatorVan__codeRegister=hr"
                        + "&subIdentificatorVan__codeObjecttype=niet_natuurlijk_persoon",
                filiaal);
        Queries.finds(api(), "/partijen", "subIdentificatorVan__objectId=" + BSN);
        Queries.finds(api(), "/partijen", "bezoekadresNummeraanduidingId=0363200000123456", jan);
        Queries.finds(api(), "/partijen", "bezoekadresAdresregel1=Dorpsstraat%201", jan);
        Queries.finds(api(), "/partijen", "bezoekadresLand=NL", jan);
        Queries.finds(api(), "/partijen", "bezoekadresAdresregel2=x");
        Queries.finds(api(), "/partijen", "bezoekadresAdresregel3=x");
        Queries.finds(api(), "/partijen", "correspondentieadresNummeraanduidingId=0363200000654321", bakkerij);
        Queries.finds(api(), "/partijen", "correspondentieadresAdresregel1=Postbus%201");
        Queries.finds(api(), "/partijen", "correspondentieadresAdresregel2=Postbus%201", bakkerij);
        Queries.finds(api(), "/partijen", "correspondentieadresAdresregel3=Ergens", bakkerij);
        Queries.finds(api(), "/partijen", "correspondentieadresLand=BE", bakkerij);

        Queries.refuses(api(), "/partijen", "soortPartij=bedrijf", "soortPartij", "invalid_choice");
        Queries.refuses(api(), "/partijen", "indicatieActief=ja", "indicatieActief", "invalid");
        // Codes of older versions of the standard are still sent (Open Inwoner's "inp"): they find nothing, as
        // the standard declares these filters as free text.
        Queries.finds(api(), "/partijen", "partijIdentificator__codeSoortObjectId=BSN");
        Queries.finds(api(), "/partijen", "partijIdentificator__codeRegister=kvk");
        Queries.finds(api(), "/partijen", "subIdentificatorVan__codeObjecttype=x");
        Queries.refuses(
                api(), "/partijen", "partijIdentificator__code_register=hr", "nonFieldErrors", "unknown-parameters");
        Queries.refuses(
                api(),
                "/partijen",
                "partijIdentificator__objectId=%00",
                "partijIdentificator__objectId",
                "null_characters_not_allowed");
        Queries.refuses(api(), "/partijen", "nummer=1&nummer=2", "nummer", "invalid");
    }

    @Test
    void filtersOnRepresentationAndCategorieen() {
        String ouder = registreer(api(), persoon("Jan", "Jansen"));
        String kind1 = registreer(api(), persoon("Kees", "Jansen"));
        String kind2 = registreer(api(), persoon("Anna", "Jansen"));
        String ander = registreer(api(), persoon("Piet", "Pietersen"));
        for (String kind : List.of(kind1, kind2)) {
            registreer(
                    api(),
                    "/vertegenwoordigingen",
                    Map.of("vertegenwoordigendePartij", ref(ouder), "vertegenwoordigdePartij", ref(kind)));
        }
        String one = registreer(api(), "/categorieen", Map.of("naam", "one"));
        String two = registreer(api(), "/categorieen", Map.of("naam", "two"));
        registreer(api(), "/categorie-relaties", Map.of("partij", ref(kind1), "categorie", ref(one)));
        registreer(api(), "/categorie-relaties", Map.of("partij", ref(ander), "categorie", ref(two)));
        registreer(api(), "/categorie-relaties", Map.of("partij", ref(ander), "categorie", ref(one)));

        Queries.finds(api(), "/partijen", "vertegenwoordigdePartij__uuid=" + ouder, kind2, kind1);
        Queries.finds(
                api(),
                "/partijen",
                "vertegenwoordigdePartij__url=https://elders.example/api/partijen/" + ouder + "/",
                kind2,
                kind1);
        Queries.finds(api(), "/partijen", "vertegenwoordigdePartij__uuid=" + kind1);
        Queries.finds(api(), "/partijen", "vertegenwoordigdePartij__url=https://elders.example/api/partijen/geen-uuid");
        Queries.refuses(
                api(), "/partijen", "vertegenwoordigdePartij__uuid=123", "vertegenwoordigdePartij__uuid", "invalid");
        Queries.refuses(
                api(), "/partijen", "vertegenwoordigdePartij__url=ouder", "vertegenwoordigdePartij__url", "invalid");

        Queries.finds(api(), "/partijen", "categorierelatie__categorie__naam=one", ander, kind1);
        Queries.finds(api(), "/partijen", "categorierelatie__categorie__naam=two", ander);
        Queries.finds(api(), "/partijen", "categorierelatie__categorie__naam=one,two", ander, kind1);
        Queries.finds(api(), "/partijen", "categorierelatie__categorie__naam=three");
    }

    @Test
    void deletingAPartijKeepsItsContactHistory() {
        String da = emailadres("jan@example.nl");
        String gegeven = emailadres("jan@werk.nl");
        String organisatie = registreer(api(), organisatie("Werkgever"));
        String jan = registreer(
                api(),
                with(
                        persoon("Jan", "Jansen"),
                        "digitaleAdressen",
                        refs(da, gegeven),
                        "rekeningnummers",
                        refs(rekeningnummer("NL91ABNA0417164300")),
                        "partijIdentificatoren",
                        List.of(item(bsnGroep(BSN)))));
        String klantcontact = klantcontact();
        String betrokkene = betrokkene(klantcontact, jan);
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

    @Test
    void listsNewestFirstInPages() {
        var uuids = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            uuids.add(0, registreer(api(), persoon("Jan", "Jansen " + i)));
        }
        api().get("/partijen?pageSize=2")
                .then()
                .body("count", equalTo(3))
                .body("results.uuid", contains(uuids.get(0), uuids.get(1)))
                .body("next", endsWith("/partijen?page=2&pageSize=2"));
        api().get("/partijen?pageSize=2&page=2").then().body("results.uuid", contains(uuids.get(2)));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        String klantcontact = klantcontact();
        String categorie = registreer(api(), "/categorieen", Map.of("naam", "vip"));
        int[] statements = new int[2];
        for (int round = 0; round < 2; round++) {
            int partijen = round == 0 ? 1 : 12;
            while (api().get("/partijen").then().extract().<Integer>path("count") < partijen) {
                int n = api().get("/partijen").then().extract().<Integer>path("count");
                String da = emailadres("p" + n + "@example.nl");
                String uuid = registreer(
                        api(),
                        with(
                                persoon("Jan", "Jansen"),
                                "digitaleAdressen",
                                refs(da),
                                "partijIdentificatoren",
                                List.of(item(kvkGroep(String.format("%08d", 10000000 + n))))));
                betrokkene(klantcontact, uuid);
                registreer(api(), "/categorie-relaties", Map.of("partij", ref(uuid), "categorie", ref(categorie)));
            }
            statements[round] = Integer.parseInt(
                    api().get("/partijen?expand=digitaleAdressen,betrokkenen.hadKlantcontact,categorieRelaties")
                            .then()
                            .statusCode(200)
                            .body("results", hasSize(partijen))
                            .extract()
                            .header("X-SQL-Statements"));
        }
        assertThat(statements[0]).isPositive();
        assertThat(statements[1]).isEqualTo(statements[0]);
    }
}
