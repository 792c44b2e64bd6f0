package nl.kcc.klantinteracties.digitaaladres;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.partij.Queries;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class DigitaalAdresIT extends ApiIT {

    private static final String PATH = "/digitaleadressen";

    private static Map<String, Object> adres(String soort, String adres, Object... more) {
        var body = new LinkedHashMap<String, Object>();
        body.put("adres", adres);
        body.put("soortDigitaalAdres", soort);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private String nieuw(Map<String, Object> body) {
        return registreer(api(), PATH, body);
    }

    private String klantcontact() {
        return registreer(
                api(),
                "/klantcontacten",
                Map.of("kanaal", "telefoon", "onderwerp", "Terugbelverzoek", "taal", "nld", "vertrouwelijk", false));
    }

    private String betrokkene(String klantcontact, String rol) {
        return registreer(
                api(), "/betrokkenen", Map.of("hadKlantcontact", ref(klantcontact), "rol", rol, "initiator", true));
    }

    @Test
    void registersAnAddressAndShowsIt() {
        String partij = registreer(api(), persoon("Jan", "Jansen"));
        String url = api().body(adres("email", "jan@example.nl", "verstrektDoorPartij", ref(partij)))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1" + PATH + "/"))
                .body("$", hasKey("verstrektDoorBetrokkene"))
                .body("verstrektDoorBetrokkene", nullValue())
                .body("verstrektDoorPartij.uuid", equalTo(partij))
                .body("verstrektDoorPartij.url", endsWith("/klantinteracties/api/v1/partijen/" + partij))
                .body("adres", equalTo("jan@example.nl"))
                .body("soortDigitaalAdres", equalTo("email"))
                .body("isStandaardAdres", equalTo(false))
                .body("omschrijving", equalTo(""))
                .body("referentie", equalTo(""))
                .body("$", hasKey("verificatieDatum"))
                .body("verificatieDatum", nullValue())
                .body("$", not(hasKey("_expand")))
                .extract()
                .path("url");

        String uuid = api().get(url).then().statusCode(200).extract().path("uuid");
        api().get("/partijen/" + partij).then().body("digitaleAdressen.uuid", contains(uuid));

        api().body(adres(
                        "telefoonnummer",
                        "0612345678",
                        "omschrijving",
                        "Mobiel",
                        "referentie",
                        "portaal_voorkeur-1",
                        "verificatieDatum",
                        "2024-05-01"))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("omschrijving", equalTo("Mobiel"))
                .body("referentie", equalTo("portaal_voorkeur-1"))
                .body("verificatieDatum", equalTo("2024-05-01"))
                .body("verstrektDoorPartij", nullValue());
    }

    @Test
    void needsAddressAndKind() {
        api().body(Map.of())
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("adres", "soortDigitaalAdres"))
                .body("invalidParams.code", contains("required", "required"));

        api().body(adres(
                        "fax",
                        "x".repeat(81),
                        "omschrijving",
                        "x".repeat(41),
                        "referentie",
                        "met spatie",
                        "verificatieDatum",
                        "1-5-2024",
                        "isStandaardAdres",
                        "ja"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "adres",
                                "soortDigitaalAdres",
                                "isStandaardAdres",
                                "omschrijving",
                                "referentie",
                                "verificatieDatum"))
                .body(
                        "invalidParams.code",
                        contains("max_length", "invalid_choice", "invalid", "max_length", "invalid", "invalid"));

        api().body(adres(
                        "email",
                        "jan@example.nl",
                        "verstrektDoorBetrokkene",
                        ref("01a2230f-dc1e-70f6-9769-5cfc8e86f2fd")))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("verstrektDoorBetrokkene.uuid"))
                .body("invalidParams.code", contains("invalid"));
        api().get(PATH).then().body("count", equalTo(0));
    }

    @Test
    void checksTheAddressByItsKind() {
        for (String fout : List.of("jan", "jan@", "jan@example", "@example.nl", "jan @example.nl")) {
            api().body(adres("email", fout))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("adres"))
                    .body("invalidParams.code", contains("invalid"));
        }
        String vorm = api().body(adres("telefoonnummer", "020-1234567"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("adres"))
                .body("invalidParams.code", contains("invalid"))
                .extract()
                .path("invalidParams[0].reason");
        for (String fout : List.of("06123456", "+3161", "0031", "tel:0612345678")) {
            api().body(adres("telefoonnummer", fout)).post(PATH).then().statusCode(400);
        }
        for (String servicenummer : List.of("0800123456", "0900123456", "1400", "14020")) {
            api().body(adres("telefoonnummer", servicenummer))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("adres"))
                    .body("invalidParams[0].reason", not(equalTo(vorm)));
        }
        api().get(PATH).then().body("count", equalTo(0));

        for (String goed : List.of("0721434543", "0881234567", "+31612345678", "0031612345678")) {
            api().body(adres("telefoonnummer", goed))
                    .post(PATH)
                    .then()
                    .statusCode(201)
                    .body("adres", equalTo(goed));
        }
        api().body(adres("email", "j.de.vries+kcc@gemeente.example.nl"))
                .post(PATH)
                .then()
                .statusCode(201);
        api().body(adres("overig", "@gemeente op sociale media"))
                .post(PATH)
                .then()
                .statusCode(201);
    }

    @Test
    void checksTheAddressAgainWhenItsKindChanges() {
        String url = api().body(adres("overig", "jan"))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        api().body(Map.of("soortDigitaalAdres", "email"))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("adres"))
                .body("invalidParams.code", contains("invalid"));
        api().body(Map.of("soortDigitaalAdres", "telefoonnummer", "adres", "0721434543"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("soortDigitaalAdres", equalTo("telefoonnummer"));
        api().body(Map.of("adres", "jan@example.nl"))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("adres"));
    }

    @Test
    void putNeedsAddressAndKindAndKeepsWhatItLeavesOut() {
        String url = api().body(
                        adres("email", "jan@example.nl", "referentie", "new-referentie", "omschrijving", "Privé"))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("url");

        api().body(Map.of())
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("adres", "soortDigitaalAdres"));
        api().body(adres("telefoonnummer", "0721434543"))
                .put(url)
                .then()
                .statusCode(200)
                .body("soortDigitaalAdres", equalTo("telefoonnummer"))
                .body("referentie", equalTo("new-referentie"))
                .body("omschrijving", equalTo("Privé"));
        api().body(Map.of()).patch(url).then().statusCode(200).body("adres", equalTo("0721434543"));
        api().body(Map.of("verificatieDatum", "2024-05-01"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("verificatieDatum", equalTo("2024-05-01"));
        var geen = new LinkedHashMap<String, Object>();
        geen.put("verificatieDatum", null);
        api().body(geen).patch(url).then().statusCode(200).body("verificatieDatum", nullValue());
    }

    @Test
    void aPartijHasOneStandardAddressOfEachKind() {
        api().body(adres("email", "jan@example.nl", "isStandaardAdres", true))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("isStandaardAdres"))
                .body("invalidParams.code", contains("invalid"));
        api().get(PATH).then().body("count", equalTo(0));

        String jan = registreer(api(), persoon("Jan", "Jansen"));
        String piet = registreer(api(), persoon("Piet", "Pietersen"));
        String prive =
                nieuw(adres("email", "jan@example.nl", "verstrektDoorPartij", ref(jan), "isStandaardAdres", true));
        String telefoon =
                nieuw(adres("telefoonnummer", "0612345678", "verstrektDoorPartij", ref(jan), "isStandaardAdres", true));
        String vanPiet =
                nieuw(adres("email", "piet@example.nl", "verstrektDoorPartij", ref(piet), "isStandaardAdres", true));

        String werk = nieuw(adres("email", "jan@werk.nl", "verstrektDoorPartij", ref(jan), "isStandaardAdres", true));
        api().get(PATH + "/" + prive).then().body("isStandaardAdres", equalTo(false));
        api().get(PATH + "/" + telefoon).then().body("isStandaardAdres", equalTo(true));
        api().get(PATH + "/" + vanPiet).then().body("isStandaardAdres", equalTo(true));

        api().body(Map.of("isStandaardAdres", true))
                .patch(PATH + "/" + prive)
                .then()
                .statusCode(200)
                .body("isStandaardAdres", equalTo(true));
        api().get(PATH + "/" + werk).then().body("isStandaardAdres", equalTo(false));
        Queries.finds(api(), PATH, "isStandaardAdres=true&verstrektDoorPartij__uuid=" + jan, telefoon, prive);

        // An address that goes to another partij is not that partij's standard address unless the request says so.
        api().body(Map.of("verstrektDoorPartij", ref(piet)))
                .patch(PATH + "/" + prive)
                .then()
                .statusCode(200)
                .body("isStandaardAdres", equalTo(false));
        api().get(PATH + "/" + vanPiet).then().body("isStandaardAdres", equalTo(true));
        var los = new LinkedHashMap<String, Object>();
        los.put("verstrektDoorPartij", null);
        los.put("isStandaardAdres", true);
        api().body(los)
                .patch(PATH + "/" + telefoon)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("isStandaardAdres"));
        los.remove("isStandaardAdres");
        api().body(los).patch(PATH + "/" + telefoon).then().statusCode(200).body("isStandaardAdres", equalTo(false));
    }

    @Test
    void aReferentieIsUniquePerPartijAndKind() {
        String jan = registreer(api(), persoon("Jan", "Jansen"));
        nieuw(adres("email", "jan@example.nl", "verstrektDoorPartij", ref(jan), "referentie", "portaalvoorkeur"));

        api().body(adres("email", "jan@werk.nl", "verstrektDoorPartij", ref(jan), "referentie", "portaalvoorkeur"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("unique"));

        // Another kind, another partij, no partij, or no referentie: no clash.
        String telefoon = nieuw(adres(
                "telefoonnummer", "0612345678", "verstrektDoorPartij", ref(jan), "referentie", "portaalvoorkeur"));
        String piet = registreer(api(), persoon("Piet", "Pietersen"));
        nieuw(adres("email", "piet@example.nl", "verstrektDoorPartij", ref(piet), "referentie", "portaalvoorkeur"));
        nieuw(adres("email", "x@example.nl", "referentie", "portaalvoorkeur"));
        nieuw(adres("email", "y@example.nl", "referentie", "portaalvoorkeur"));
        nieuw(adres("email", "a@example.nl", "verstrektDoorPartij", ref(jan), "referentie", ""));
        String tweede = nieuw(adres("email", "b@example.nl", "verstrektDoorPartij", ref(jan)));

        api().body(Map.of("referentie", "portaalvoorkeur"))
                .patch(PATH + "/" + tweede)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("unique"));
        api().body(Map.of("soortDigitaalAdres", "email", "adres", "jan@example.nl"))
                .patch(PATH + "/" + telefoon)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"));
        // Its own referentie is no clash.
        api().body(Map.of("referentie", "portaalvoorkeur", "omschrijving", "Portaal"))
                .patch(PATH + "/" + telefoon)
                .then()
                .statusCode(200);
    }

    @Test
    void deletingAnAddressEndsThePartijsPreferenceForIt() {
        String da = nieuw(adres("email", "jan@example.nl"));
        String jan = registreer(
                api(), with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da), "voorkeursDigitaalAdres", ref(da)));

        api().delete(PATH + "/" + da).then().statusCode(204);
        api().get(PATH + "/" + da).then().statusCode(404);
        api().get("/partijen/" + jan)
                .then()
                .body("digitaleAdressen", empty())
                .body("voorkeursDigitaalAdres", nullValue());
    }

    @Test
    void anAddressThatGoesToAnotherPartijIsNoLongerTheOldOnesPreference() {
        String da = nieuw(adres("email", "jan@example.nl"));
        String jan = registreer(
                api(), with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da), "voorkeursDigitaalAdres", ref(da)));
        String piet = registreer(api(), persoon("Piet", "Pietersen"));

        api().body(Map.of("verstrektDoorPartij", ref(piet)))
                .patch(PATH + "/" + da)
                .then()
                .statusCode(200);
        api().get("/partijen/" + jan)
                .then()
                .body("digitaleAdressen", empty())
                .body("voorkeursDigitaalAdres", nullValue());
        api().get("/partijen/" + piet).then().body("digitaleAdressen.uuid", contains(da));
    }

    @Test
    void filtersOnTheAddressAndItsKind() {
        String mail =
                nieuw(adres("email", "Jan.Jansen@Example.nl", "omschrijving", "Privé adres", "referentie", "portaal"));
        String tel = nieuw(
                adres("telefoonnummer", "0612345678", "omschrijving", "Mobiel", "verificatieDatum", "2024-05-01"));
        String overig = nieuw(adres("overig", "@jan", "verificatieDatum", "2024-06-01"));

        Queries.finds(api(), PATH, "", overig, tel, mail);
        Queries.finds(api(), PATH, "adres=0612345678", tel);
        Queries.finds(api(), PATH, "adres=jan.jansen@example.nl");
        Queries.finds(api(), PATH, "adres__icontains=jansen@EXAMPLE", mail);
        Queries.finds(api(), PATH, "adres__icontains=%25", new String[0]);
        Queries.finds(api(), PATH, "adres__icontains=_", new String[0]);
        Queries.finds(api(), PATH, "adres__icontains=1234", tel);
        Queries.finds(api(), PATH, "soortDigitaalAdres=telefoonnummer", tel);
        Queries.finds(api(), PATH, "omschrijving=ADRES", mail);
        Queries.finds(api(), PATH, "referentie=portaal", mail);
        Queries.finds(api(), PATH, "isStandaardAdres=false", overig, tel, mail);
        Queries.finds(api(), PATH, "isGeverifieerd=true", overig, tel);
        Queries.finds(api(), PATH, "isGeverifieerd=false", mail);
        Queries.finds(api(), PATH, "verificatieDatum=2024-05-01", tel);
        Queries.finds(api(), PATH, "verificatieDatum__gt=2024-05-01", overig);
        Queries.finds(api(), PATH, "verificatieDatum__gte=2024-05-01", overig, tel);
        Queries.finds(api(), PATH, "verificatieDatum__lt=2024-06-01", tel);
        Queries.finds(api(), PATH, "verificatieDatum__lte=2024-06-01", overig, tel);

        Queries.refuses(api(), PATH, "soortDigitaalAdres=fax", "soortDigitaalAdres", "invalid_choice");
        Queries.refuses(api(), PATH, "isStandaardAdres=misschien", "isStandaardAdres", "invalid");
        Queries.refuses(api(), PATH, "isGeverifieerd=2", "isGeverifieerd", "invalid");
        Queries.refuses(api(), PATH, "verificatieDatum__gte=01-05-2024", "verificatieDatum__gte", "invalid");
        Queries.refuses(api(), PATH, "verificatieDatum=gisteren", "verificatieDatum", "invalid");
        Queries.refuses(api(), PATH, "adres__contains=jan", "nonFieldErrors", "unknown-parameters");
    }

    @Test
    void filtersOnWhoGaveTheAddress() {
        String klantcontact = klantcontact();
        String klant = betrokkene(klantcontact, "klant");
        String vertegenwoordiger = betrokkene(klantcontact, "vertegenwoordiger");
        String jan = registreer(
                api(), with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))));
        String bakkerij =
                registreer(api(), with(organisatie("Bakkerij"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));

        String vanKlant = nieuw(adres("email", "klant@example.nl", "verstrektDoorBetrokkene", ref(klant)));
        String vanVertegenwoordiger =
                nieuw(adres("email", "v@example.nl", "verstrektDoorBetrokkene", ref(vertegenwoordiger)));
        String vanJan = nieuw(adres(
                "email", "jan@example.nl", "verstrektDoorPartij", ref(jan), "verstrektDoorBetrokkene", ref(klant)));
        String vanBakkerij = nieuw(adres("email", "info@bakkerij.nl", "verstrektDoorPartij", ref(bakkerij)));

        Queries.finds(api(), PATH, "verstrektDoorBetrokkene__uuid=" + klant, vanJan, vanKlant);
        Queries.finds(
                api(),
                PATH,
                "verstrektDoorBetrokkene__url=http://elders.example/betrokkenen/" + klant,
                vanJan,
                vanKlant);
        Queries.finds(api(), PATH, "verstrektDoorBetrokkene__url=http://elders.example/betrokkenen/geen-uuid");
        Queries.finds(api(), PATH, "verstrektDoorBetrokkene__rol=vertegenwoordiger", vanVertegenwoordiger);
        Queries.finds(api(), PATH, "verstrektDoorPartij__uuid=" + jan, vanJan);
        Queries.finds(
                api(), PATH, "verstrektDoorPartij__url=https://register.example/partijen/" + bakkerij, vanBakkerij);
        Queries.finds(api(), PATH, "verstrektDoorPartij__soortPartij=organisatie", vanBakkerij);
        Queries.finds(api(), PATH, "verstrektDoorPartij__partijIdentificator__objectId=" + BSN, vanJan);
        Queries.finds(
                api(), PATH, "verstrektDoorPartij__partijIdentificator__codeSoortObjectId=kvk_nummer", vanBakkerij);
        Queries.finds(api(), PATH, "verstrektDoorPartij__partijIdentificator__codeRegister=brp", vanJan);
        Queries.finds(
                api(),
                PATH,
                "verstrektDoorPartij__partijIdentificator__codeObjecttype=niet_natuurlijk_persoon",
                vanBakkerij);
        Queries.finds(
                api(), PATH, "verstrektDoorPartij__partijIdentificator__objectId=" + KVK + "&adres=jan@example.nl");

        Queries.refuses(api(), PATH, "verstrektDoorBetrokkene__uuid=klant", "verstrektDoorBetrokkene__uuid", "invalid");
        Queries.refuses(api(), PATH, "verstrektDoorBetrokkene__url=klant", "verstrektDoorBetrokkene__url", "invalid");
        Queries.refuses(
                api(),
                PATH,
                "verstrektDoorBetrokkene__rol=initiator",
                "verstrektDoorBetrokkene__rol",
                "invalid_choice");
        Queries.refuses(api(), PATH, "verstrektDoorPartij__uuid=1", "verstrektDoorPartij__uuid", "invalid");
        Queries.refuses(api(), PATH, "verstrektDoorPartij__url=ftp://x/1", "verstrektDoorPartij__url", "invalid");
        Queries.refuses(
                api(),
                PATH,
                "verstrektDoorPartij__soortPartij=bedrijf",
                "verstrektDoorPartij__soortPartij",
                "invalid_choice");
        // Free text in the standard: an old or wrong code finds nothing.
        Queries.finds(api(), PATH, "verstrektDoorPartij__partijIdentificator__codeSoortObjectId=kvk");
    }

    @Test
    void expandsTheBetrokkeneItsKlantcontactAndItsTasks() {
        String klantcontact = klantcontact();
        String klant = betrokkene(klantcontact, "klant");
        String taak = registreer(
                api(),
                "/internetaken",
                Map.of(
                        "gevraagdeHandeling",
                        "Terugbellen",
                        "aanleidinggevendKlantcontact",
                        ref(klantcontact),
                        "toegewezenAanActoren",
                        List.of(),
                        "status",
                        "te_verwerken"));
        String metBetrokkene = nieuw(adres("telefoonnummer", "0612345678", "verstrektDoorBetrokkene", ref(klant)));
        String zonder = nieuw(adres("email", "jan@example.nl"));

        api().get(PATH + "/" + metBetrokkene + "?expand=verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken")
                .then()
                .statusCode(200)
                .body("_expand.verstrektDoorBetrokkene.uuid", equalTo(klant))
                .body("_expand.verstrektDoorBetrokkene.rol", equalTo("klant"))
                .body("_expand.verstrektDoorBetrokkene._expand.hadKlantcontact.uuid", equalTo(klantcontact))
                .body("_expand.verstrektDoorBetrokkene._expand.hadKlantcontact.onderwerp", equalTo("Terugbelverzoek"))
                .body(
                        "_expand.verstrektDoorBetrokkene._expand.hadKlantcontact._expand.leiddeTotInterneTaken.uuid",
                        contains(taak));

        // KISS's search for contactverzoeken.
        api().get(PATH + "?adres=0612345678&expand=verstrektDoorBetrokkene")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0]._expand.verstrektDoorBetrokkene.uuid", equalTo(klant))
                .body("results[0]._expand.verstrektDoorBetrokkene", not(hasKey("_expand")));
        api().get(PATH + "/" + zonder + "?expand=verstrektDoorBetrokkene")
                .then()
                .statusCode(200)
                .body("_expand", hasKey("verstrektDoorBetrokkene"))
                .body("_expand.verstrektDoorBetrokkene", nullValue());

        Queries.refuses(api(), PATH, "expand=verstrektDoorPartij", "expand", "invalid_choice");
        Queries.refuses(api(), PATH, "expand=hadKlantcontact", "expand", "invalid_choice");
    }

    @Test
    void aSearchByAddressCostsTheSameNumberOfStatementsWhateverItFinds() {
        String klantcontact = klantcontact();
        int[] statements = new int[2];
        for (int round = 0; round < 2; round++) {
            int adressen = round == 0 ? 1 : 15;
            while (api().get(PATH).then().extract().<Integer>path("count") < adressen) {
                nieuw(adres(
                        "telefoonnummer",
                        "0612345678",
                        "verstrektDoorBetrokkene",
                        ref(betrokkene(klantcontact, "klant"))));
            }
            statements[round] = Integer.parseInt(api().get(
                            PATH
                                    + "?adres__icontains=612345&expand=verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken")
                    .then()
                    .statusCode(200)
                    .body("results", hasSize(adressen))
                    .extract()
                    .header("X-SQL-Statements"));
        }
        assertThat(statements[0]).isPositive();
        assertThat(statements[1]).isEqualTo(statements[0]);
    }
}
