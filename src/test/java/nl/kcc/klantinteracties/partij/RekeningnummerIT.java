package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class RekeningnummerIT extends ApiIT {

    private static final String PATH = "/rekeningnummers";
    private static final String IBAN = "NL91ABNA0417164300";
    private static final String IBAN_2 = "NL20INGB0001234567";

    @Test
    void registersAnAccountAndShowsIt() {
        String partij = registreer(api(), persoon("Jan", "Jansen"));
        String url = api().body(Map.of("partij", ref(partij), "iban", IBAN, "bic", "ABNANL2A"))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1" + PATH + "/"))
                .body("partij.uuid", equalTo(partij))
                .body("partij.url", endsWith("/klantinteracties/api/v1/partijen/" + partij))
                .body("iban", equalTo(IBAN))
                .body("bic", equalTo("ABNANL2A"))
                .body("$", not(hasKey("_expand")))
                .extract()
                .path("url");
        api().get(url).then().statusCode(200).body("url", equalTo(url));

        api().body(Map.of("iban", "GB82WEST12345698765432"))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("$", hasKey("partij"))
                .body("partij", nullValue())
                .body("bic", equalTo(""));
    }

    @Test
    void checksTheIbanAndTheBic() {
        api().body(Map.of())
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("iban"))
                .body("invalidParams.code", contains("required"));

        for (String fout : List.of("NL91 ABNA 0417 1643 00", "1234", "NL91", "N191ABNA0417164300")) {
            api().body(Map.of("iban", fout))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("iban"))
                    .body("invalidParams.code", contains("invalid"));
        }
        api().body(Map.of("iban", "NL91ABNA041716430012345678901234567"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("max_length"));

        api().body(Map.of("iban", IBAN, "bic", "ABNANL"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("bic"))
                .body("invalidParams.code", contains("min_length"));
        api().body(Map.of("iban", IBAN, "bic", "ABNANL2AXXXX"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("max_length"));
        api().body(Map.of("iban", IBAN, "bic", "ABNA NL2A"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("bic"))
                .body("invalidParams.code", contains("invalid"));
        api().get(PATH).then().body("count", equalTo(0));

        // Lower case is an IBAN too; digits are accepted as a BIC, as the reference does.
        api().body(Map.of("iban", "nl91abna0417164300", "bic", "1734723742"))
                .post(PATH)
                .then()
                .statusCode(201);
        api().body(Map.of("iban", IBAN, "bic", ""))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("bic", equalTo(""));
    }

    @Test
    void putAndPatch() {
        String partij = registreer(api(), persoon("Jan", "Jansen"));
        String url = api().body(Map.of("partij", ref(partij), "iban", IBAN, "bic", "ABNANL2A"))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("url");

        api().body(Map.of("bic", "INGBNL2A"))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("iban"));
        api().body(Map.of("iban", IBAN_2))
                .put(url)
                .then()
                .statusCode(200)
                .body("iban", equalTo(IBAN_2))
                .body("bic", equalTo("ABNANL2A"))
                .body("partij.uuid", equalTo(partij));
        api().body(Map.of("bic", "INGBNL2A"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("bic", equalTo("INGBNL2A"))
                .body("iban", equalTo(IBAN_2));
        var los = new LinkedHashMap<String, Object>();
        los.put("partij", null);
        los.put("iban", IBAN_2);
        api().body(los).put(url).then().statusCode(200).body("partij", nullValue());
        api().get("/partijen/" + partij).then().body("rekeningnummers", empty());
    }

    @Test
    void deletingOrMovingAnAccountEndsThePartijsPreferenceForIt() {
        String r1 = registreer(api(), PATH, Map.of("iban", IBAN));
        String r2 = registreer(api(), PATH, Map.of("iban", IBAN_2));
        String jan = registreer(
                api(),
                with(persoon("Jan", "Jansen"), "rekeningnummers", refs(r1, r2), "voorkeursRekeningnummer", ref(r1)));
        String piet = registreer(api(), persoon("Piet", "Pietersen"));

        api().body(Map.of("partij", ref(piet))).patch(PATH + "/" + r1).then().statusCode(200);
        api().get("/partijen/" + jan)
                .then()
                .body("rekeningnummers.uuid", contains(r2))
                .body("voorkeursRekeningnummer", nullValue());

        api().body(Map.of("voorkeursRekeningnummer", ref(r2)))
                .patch("/partijen/" + jan)
                .then()
                .statusCode(200);
        api().delete(PATH + "/" + r2).then().statusCode(204);
        api().get(PATH + "/" + r2).then().statusCode(404);
        api().get("/partijen/" + jan)
                .then()
                .body("rekeningnummers", empty())
                .body("voorkeursRekeningnummer", nullValue());
    }

    @Test
    void filtersOnUuidIbanAndBic() {
        String r1 = registreer(api(), PATH, Map.of("iban", IBAN, "bic", "ABNANL2A"));
        String r2 = registreer(api(), PATH, Map.of("iban", IBAN_2, "bic", "INGBNL2A"));

        Queries.finds(api(), PATH, "", r2, r1);
        Queries.finds(api(), PATH, "uuid=" + r1, r1);
        Queries.finds(api(), PATH, "iban=" + IBAN_2, r2);
        Queries.finds(api(), PATH, "bic=ABNANL2A", r1);
        Queries.finds(api(), PATH, "bic=abnanl2a");
        Queries.refuses(api(), PATH, "uuid=r1", "uuid", "invalid");
        Queries.refuses(api(), PATH, "partij__uuid=" + r1, "nonFieldErrors", "unknown-parameters");
    }

    /**
     * As Open Klant (ADR 0012): the form is checked, not the check digits. Its own tests register
     * NL18BANK23481326, and such an IBAN, stored or imported, reads back and survives a PUT of itself.
     */
    @Test
    void takesAnIbanOfTheRightFormWhateverItsCheckDigits() {
        String uuid = api().body(Map.of("iban", "NL18BANK23481326"))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("iban", equalTo("NL18BANK23481326"))
                .extract()
                .path("uuid");
        String geimporteerd = java.util.UUID.randomUUID().toString();
        jdbc.sql("insert into rekeningnummer (uuid, iban, bic) values (?::uuid, 'NL92ABNA0417164300', '')")
                .param(geimporteerd)
                .update();
        api().get(PATH + "/" + geimporteerd).then().statusCode(200).body("iban", equalTo("NL92ABNA0417164300"));
        api().body(Map.of("iban", "NL92ABNA0417164300"))
                .put(PATH + "/" + geimporteerd)
                .then()
                .statusCode(200);
        api().get(PATH).then().statusCode(200).body("results.uuid", hasItems(uuid, geimporteerd));
    }
}
