package nl.kcc.klantinteracties.contactgegevens;

import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

class PersoonIT extends ApiIT {

    private static Map<String, Object> persoon() {
        var body = new LinkedHashMap<String, Object>();
        body.put("geboortedatum", "1980-04-12");
        body.put("geslachtsnaam", "Jansen");
        return body;
    }

    private static Map<String, Object> adres() {
        var adres = new LinkedHashMap<String, Object>();
        adres.put("nummeraanduidingId", "0363200000123456");
        adres.put("straatnaam", "Kerkstraat");
        adres.put("huisnummer", 12);
        adres.put("huisnummertoevoeging", "A");
        adres.put("postcode", "1017 GC");
        adres.put("stad", "Amsterdam");
        adres.put("adresregel1", "");
        adres.put("adresregel2", "");
        adres.put("adresregel3", "");
        adres.put("land", "NL");
        return adres;
    }

    private String create(Map<String, Object> body) {
        return contactgegevens()
                .body(body)
                .post("/persoon")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
    }

    @Test
    void registersAPersonWithTheDefaultsAndNoAddress() {
        String url = contactgegevens()
                .body(persoon())
                .post("/persoon")
                .then()
                .statusCode(201)
                .header("API-version", equalTo("1.1.1"))
                .header("Location", startsWith("http://localhost:" + port + "/contactgegevens/api/v1/persoon/"))
                .body(
                        "keySet()",
                        containsInAnyOrder(
                                "uuid",
                                "url",
                                "geboortedatum",
                                "overlijdensdatum",
                                "geslachtsnaam",
                                "geslacht",
                                "voorvoegsel",
                                "voornamen",
                                "adres"))
                .body("geboortedatum", equalTo("1980-04-12"))
                .body("overlijdensdatum", nullValue())
                .body("geslachtsnaam", equalTo("Jansen"))
                .body("geslacht", equalTo(""))
                .body("voorvoegsel", equalTo(""))
                .body("voornamen", equalTo(""))
                .body("adres", nullValue())
                .extract()
                .header("Location");

        contactgegevens()
                .get(url)
                .then()
                .statusCode(200)
                .body("url", equalTo(url))
                .body("uuid", equalTo(url.substring(url.lastIndexOf('/') + 1)))
                .body("geslachtsnaam", equalTo("Jansen"));
    }

    @Test
    void showsAGivenAddressWhole() {
        var adres = new LinkedHashMap<String, Object>();
        adres.put("straatnaam", "Kerkstraat");
        adres.put("huisnummer", 12);
        adres.put("postcode", "1017 GC");
        adres.put("stad", "Amsterdam");
        adres.put("land", "NL");

        String url = create(Bodies.with(persoon(), "geslacht", "v", "voornamen", "Anna Maria", "adres", adres));

        contactgegevens()
                .get(url)
                .then()
                .statusCode(200)
                .body("geslacht", equalTo("v"))
                .body("voornamen", equalTo("Anna Maria"))
                .body("adres.keySet()", hasSize(10))
                .body("adres.straatnaam", equalTo("Kerkstraat"))
                .body("adres.huisnummer", equalTo(12))
                .body("adres.huisnummertoevoeging", equalTo(""))
                .body("adres.postcode", equalTo("1017 GC"))
                .body("adres.adresregel1", equalTo(""))
                .body("adres.land", equalTo("NL"));
    }

    @Test
    void listsNewestFirstInPages() {
        for (String naam : new String[] {"Jansen", "de Vries", "Bakker"}) {
            create(Bodies.with(persoon(), "geslachtsnaam", naam));
        }
        String base = "http://localhost:" + port + "/contactgegevens/api/v1/persoon";

        contactgegevens()
                .get("/persoon?pageSize=2")
                .then()
                .statusCode(200)
                .body("count", equalTo(3))
                .body("results.geslachtsnaam", contains("Bakker", "de Vries"))
                .body("previous", nullValue())
                .body("next", equalTo(base + "?page=2&pageSize=2"));

        contactgegevens()
                .get("/persoon?pageSize=2&page=2")
                .then()
                .statusCode(200)
                .body("results.geslachtsnaam", contains("Jansen"))
                .body("previous", equalTo(base + "?pageSize=2"))
                .body("next", nullValue());

        contactgegevens().get("/persoon?pageSize=2&page=3").then().statusCode(404);
    }

    @Test
    void putNeedsTheRequiredFieldsAndKeepsTheOptionalOnes() {
        String url = create(Bodies.with(persoon(), "voornamen", "Piet", "voorvoegsel", "van", "adres", adres()));

        contactgegevens()
                .body(Map.of("geslachtsnaam", "Dam"))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("geboortedatum"))
                .body("invalidParams.code", contains("required"));

        contactgegevens()
                .body(Map.of("geboortedatum", "1980-04-13", "geslachtsnaam", "Dam", "geslacht", "m"))
                .put(url)
                .then()
                .statusCode(200)
                .body("geboortedatum", equalTo("1980-04-13"))
                .body("geslachtsnaam", equalTo("Dam"))
                .body("geslacht", equalTo("m"))
                .body("voornamen", equalTo("Piet"))
                .body("voorvoegsel", equalTo("van"))
                .body("adres.straatnaam", equalTo("Kerkstraat"));
    }

    @Test
    void patchChangesOnlyWhatIsSent() {
        String url = create(Bodies.with(persoon(), "voornamen", "Piet", "adres", adres()));

        contactgegevens()
                .body(Map.of("overlijdensdatum", "2024-01-31"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("overlijdensdatum", equalTo("2024-01-31"))
                .body("geboortedatum", equalTo("1980-04-12"))
                .body("geslachtsnaam", equalTo("Jansen"))
                .body("voornamen", equalTo("Piet"))
                .body("adres.postcode", equalTo("1017 GC"));

        var zonderAdres = new LinkedHashMap<String, Object>();
        zonderAdres.put("adres", null);
        zonderAdres.put("overlijdensdatum", null);
        contactgegevens()
                .body(zonderAdres)
                .patch(url)
                .then()
                .statusCode(200)
                .body("adres", nullValue())
                .body("overlijdensdatum", nullValue())
                .body("voornamen", equalTo("Piet"));
    }

    @Test
    void deleteRemovesThePerson() {
        String url = create(persoon());

        contactgegevens().delete(url).then().statusCode(204);
        contactgegevens().get(url).then().statusCode(404).body("code", equalTo("not_found"));
        contactgegevens().delete(url).then().statusCode(404);
        contactgegevens().get("/persoon").then().body("count", equalTo(0));
    }

    @Test
    void reportsEveryMissingRequiredField() {
        contactgegevens()
                .body(Map.of())
                .post("/persoon")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid"))
                .body("invalidParams.name", containsInAnyOrder("geboortedatum", "geslachtsnaam"))
                .body("invalidParams.code", everyItem(equalTo("required")));
    }

    @Test
    void refusesTooLongTextsBadDatesAndAnUnknownGeslacht() {
        var body = Bodies.with(
                persoon(),
                "geboortedatum",
                "12-04-1980",
                "overlijdensdatum",
                "2024-02-30",
                "geslachtsnaam",
                "x".repeat(201),
                "voorvoegsel",
                "van der van",
                "voornamen",
                "y".repeat(201),
                "geslacht",
                "x");

        contactgegevens()
                .body(body)
                .post("/persoon")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        containsInAnyOrder(
                                "geboortedatum",
                                "overlijdensdatum",
                                "geslachtsnaam",
                                "geslacht",
                                "voorvoegsel",
                                "voornamen"))
                .body("invalidParams.find { it.name == 'geboortedatum' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'overlijdensdatum' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'geslachtsnaam' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'geslacht' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'voorvoegsel' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'voornamen' }.code", equalTo("max_length"));

        contactgegevens().get("/persoon").then().body("count", equalTo(0));
    }

    @Test
    void refusesNullAndBlankWhereTheStandardDoes() {
        var body = new LinkedHashMap<String, Object>();
        body.put("geboortedatum", null);
        body.put("geslachtsnaam", " ");
        body.put("voornamen", null);

        contactgegevens()
                .body(body)
                .post("/persoon")
                .then()
                .statusCode(400)
                .body("invalidParams.find { it.name == 'geboortedatum' }.code", equalTo("null"))
                .body("invalidParams.find { it.name == 'geslachtsnaam' }.code", equalTo("blank"))
                .body("invalidParams.find { it.name == 'voornamen' }.code", equalTo("null"));
    }

    @Test
    void checksTheAddressPartByPart() {
        var adres = adres();
        adres.put("postcode", "1017GC");
        adres.put("land", "Nederland");
        adres.put("nummeraanduidingId", "12345");
        adres.put("huisnummer", 0);
        adres.put("stad", "s".repeat(256));

        contactgegevens()
                .body(Bodies.with(persoon(), "adres", adres))
                .post("/persoon")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        containsInAnyOrder(
                                "adres.postcode",
                                "adres.land",
                                "adres.nummeraanduidingId",
                                "adres.huisnummer",
                                "adres.stad"))
                .body("invalidParams.find { it.name == 'adres.postcode' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'adres.land' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'adres.nummeraanduidingId' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'adres.huisnummer' }.code", equalTo("min_value"))
                .body("invalidParams.find { it.name == 'adres.stad' }.code", equalTo("max_length"));

        for (String land : new String[] {"XX", "nl"}) {
            contactgegevens()
                    .body(Bodies.with(persoon(), "adres", Bodies.with(adres(), "land", land)))
                    .post("/persoon")
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("adres.land"))
                    .body("invalidParams.code", contains("invalid"));
        }

        contactgegevens()
                .body(Bodies.with(persoon(), "adres", "Kerkstraat 12"))
                .post("/persoon")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("adres.nonFieldErrors"));
    }

    @Test
    void unknownQueryParametersAreRefused() {
        String url = create(persoon());

        contactgegevens()
                .get("/persoon?geslachtsnaam=Jansen")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("unknown-parameters"))
                .body("invalidParams[0].reason", containsString("geslachtsnaam"));
        contactgegevens()
                .get("/persoon?expand=adres")
                .then()
                .statusCode(400)
                .body("invalidParams[0].code", equalTo("unknown-parameters"));
        contactgegevens()
                .get(url + "?expand=adres")
                .then()
                .statusCode(400)
                .body("invalidParams[0].code", equalTo("unknown-parameters"));
    }

    @Test
    void anUnknownOrMalformedUuidIsNotFound() {
        contactgegevens()
                .get("/persoon/0190a3c4-0000-7000-8000-000000000000")
                .then()
                .statusCode(404);
        contactgegevens().get("/persoon/jansen").then().statusCode(404);
        contactgegevens()
                .body(persoon())
                .put("/persoon/0190a3c4-0000-7000-8000-000000000000")
                .then()
                .statusCode(404);
    }

    /** Open Klant's {@code test_create_persoon_with_adres_huisnummer_set_to_none}, with its own body. */
    @Test
    void takesTheReferencesPersoonWithoutHuisnummer() {
        var adres = new LinkedHashMap<String, Object>();
        adres.put("nummeraanduidingId", "1234567890000001");
        adres.put("straatnaam", "straat");
        adres.put("huisnummer", null);
        adres.put("huisnummertoevoeging", "A2");
        adres.put("postcode", "1008 DG");
        adres.put("stad", "Amsterdam");
        adres.put("adresregel1", "adresregel1");
        adres.put("adresregel2", "adresregel2");
        adres.put("adresregel3", "adresregel3");
        adres.put("land", "CA");
        var body = new LinkedHashMap<String, Object>();
        body.put("geboortedatum", "1972-05-05");
        body.put("geslachtsnaam", "Townsend");
        body.put("geslacht", "m");
        body.put("voornamen", "Devin");
        body.put("adres", adres);
        contactgegevens()
                .body(body)
                .post("/persoon")
                .then()
                .statusCode(201)
                .body("adres.huisnummer", nullValue())
                .body("adres.land", equalTo("CA"));
    }
}
