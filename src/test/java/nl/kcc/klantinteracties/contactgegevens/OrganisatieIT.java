package nl.kcc.klantinteracties.contactgegevens;

import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

class OrganisatieIT extends ApiIT {

    private static Map<String, Object> organisatie() {
        var body = new LinkedHashMap<String, Object>();
        body.put("handelsnaam", "Bakkerij De Korenschoof");
        return body;
    }

    /** An address abroad: free lines and a country, nothing from the BAG. */
    private static Map<String, Object> adresInHetBuitenland() {
        var adres = new LinkedHashMap<String, Object>();
        adres.put("adresregel1", "Rue de la Loi 16");
        adres.put("adresregel2", "1000 Bruxelles");
        adres.put("land", "BE");
        return adres;
    }

    private String create(Map<String, Object> body) {
        return contactgegevens()
                .body(body)
                .post("/organisatie")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
    }

    @Test
    void registersAnOrganisationWithTheDefaultsAndNoAddress() {
        String url = contactgegevens()
                .body(organisatie())
                .post("/organisatie")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/contactgegevens/api/v1/organisatie/"))
                .body(
                        "keySet()",
                        containsInAnyOrder(
                                "uuid", "url", "handelsnaam", "oprichtingsdatum", "opheffingsdatum", "adres"))
                .body("handelsnaam", equalTo("Bakkerij De Korenschoof"))
                .body("oprichtingsdatum", nullValue())
                .body("opheffingsdatum", nullValue())
                .body("adres", nullValue())
                .extract()
                .header("Location");

        contactgegevens()
                .get(url)
                .then()
                .statusCode(200)
                .header("API-version", equalTo("1.1.1"))
                .body("url", equalTo(url))
                .body("handelsnaam", equalTo("Bakkerij De Korenschoof"));
    }

    @Test
    void showsAnAddressAbroadWithTheDutchPartsEmpty() {
        String url =
                create(Bodies.with(organisatie(), "oprichtingsdatum", "1998-03-01", "adres", adresInHetBuitenland()));

        contactgegevens()
                .get(url)
                .then()
                .statusCode(200)
                .body("oprichtingsdatum", equalTo("1998-03-01"))
                .body("adres.keySet()", hasSize(10))
                .body("adres.adresregel1", equalTo("Rue de la Loi 16"))
                .body("adres.land", equalTo("BE"))
                .body("adres.nummeraanduidingId", equalTo(""))
                .body("adres.postcode", equalTo(""))
                .body("adres.huisnummer", nullValue());
    }

    @Test
    void listsNewestFirstInPages() {
        for (String naam : new String[] {"Alfa", "Bravo", "Charlie"}) {
            create(Bodies.with(organisatie(), "handelsnaam", naam));
        }
        String base = "http://localhost:" + port + "/contactgegevens/api/v1/organisatie";

        contactgegevens()
                .get("/organisatie?pageSize=2")
                .then()
                .statusCode(200)
                .body("count", equalTo(3))
                .body("results.handelsnaam", contains("Charlie", "Bravo"))
                .body("next", equalTo(base + "?page=2&pageSize=2"));
        contactgegevens()
                .get("/organisatie?page=2&pageSize=2")
                .then()
                .statusCode(200)
                .body("results.handelsnaam", contains("Alfa"))
                .body("previous", equalTo(base + "?pageSize=2"))
                .body("next", nullValue());
    }

    @Test
    void putNeedsTheRequiredFieldsAndKeepsTheOptionalOnes() {
        String url =
                create(Bodies.with(organisatie(), "oprichtingsdatum", "1998-03-01", "adres", adresInHetBuitenland()));

        contactgegevens()
                .body(Map.of("opheffingsdatum", "2024-06-30"))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("handelsnaam"))
                .body("invalidParams.code", contains("required"));

        contactgegevens()
                .body(Map.of("handelsnaam", "De Korenschoof B.V.", "opheffingsdatum", "2024-06-30"))
                .put(url)
                .then()
                .statusCode(200)
                .body("handelsnaam", equalTo("De Korenschoof B.V."))
                .body("opheffingsdatum", equalTo("2024-06-30"))
                .body("oprichtingsdatum", equalTo("1998-03-01"))
                .body("adres.land", equalTo("BE"));
    }

    @Test
    void patchChangesOnlyWhatIsSentAndReplacesTheAddressWhole() {
        String url = create(Bodies.with(organisatie(), "adres", adresInHetBuitenland()));

        contactgegevens()
                .body(Map.of("adres", Map.of("straatnaam", "Markt", "huisnummer", 1, "postcode", "5611 EB")))
                .patch(url)
                .then()
                .statusCode(200)
                .body("handelsnaam", equalTo("Bakkerij De Korenschoof"))
                .body("adres.straatnaam", equalTo("Markt"))
                .body("adres.huisnummer", equalTo(1))
                .body("adres.adresregel1", equalTo(""))
                .body("adres.land", equalTo(""));

        contactgegevens()
                .body(Map.of("handelsnaam", "Korenschoof"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("handelsnaam", equalTo("Korenschoof"))
                .body("adres.straatnaam", equalTo("Markt"));
    }

    @Test
    void deleteRemovesTheOrganisation() {
        String url = create(organisatie());

        contactgegevens().delete(url).then().statusCode(204);
        contactgegevens().get(url).then().statusCode(404).body("code", equalTo("not_found"));
        contactgegevens().patch(url).then().statusCode(404);
    }

    @Test
    void refusesWhatTheStandardDoesNotAllow() {
        contactgegevens()
                .body(Map.of())
                .post("/organisatie")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("handelsnaam"))
                .body("invalidParams.code", contains("required"));

        var adres = adresInHetBuitenland();
        adres.put("land", "be");
        adres.put("postcode", "1000");
        adres.put("adresregel3", "r".repeat(81));
        contactgegevens()
                .body(Bodies.with(
                        organisatie(),
                        "handelsnaam",
                        "h".repeat(256),
                        "oprichtingsdatum",
                        "1 maart 1998",
                        "opheffingsdatum",
                        20240630,
                        "adres",
                        adres))
                .post("/organisatie")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        containsInAnyOrder(
                                "handelsnaam",
                                "oprichtingsdatum",
                                "opheffingsdatum",
                                "adres.land",
                                "adres.postcode",
                                "adres.adresregel3"))
                .body("invalidParams.find { it.name == 'handelsnaam' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'oprichtingsdatum' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'opheffingsdatum' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'adres.land' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'adres.land' }.reason", containsString("BE"))
                .body("invalidParams.find { it.name == 'adres.postcode' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'adres.adresregel3' }.code", equalTo("max_length"));

        contactgegevens().get("/organisatie").then().body("count", equalTo(0));
    }

    @Test
    void unknownQueryParametersAreRefused() {
        contactgegevens()
                .get("/organisatie?handelsnaam=Korenschoof")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("unknown-parameters"));
        contactgegevens()
                .body(organisatie())
                .post("/organisatie?dryRun=true")
                .then()
                .statusCode(400)
                .body("invalidParams[0].code", equalTo("unknown-parameters"));
    }
}
