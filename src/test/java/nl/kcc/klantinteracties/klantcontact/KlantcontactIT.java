package nl.kcc.klantinteracties.klantcontact;

import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class KlantcontactIT extends ApiIT {

    private static final Map<String, Object> TELEFOONTJE = Map.of(
            "kanaal", "telefoon",
            "onderwerp", "Afvalinzameling rond kerst",
            "inhoud", "Wanneer wordt het afval opgehaald?",
            "taal", "nld",
            "vertrouwelijk", false,
            "plaatsgevondenOp", "2024-12-20T10:00:00+01:00");

    @Test
    void registersAContactAndShowsItWithDefaults() {
        String url = api().body(TELEFOONTJE)
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1/klantcontacten/"))
                .body("kanaal", equalTo("telefoon"))
                .body("reactie", equalTo(""))
                .body("verdereActieOndernomen", equalTo(false))
                .body("indicatieContactGelukt", nullValue())
                .body("plaatsgevondenOp", equalTo("2024-12-20T09:00:00Z"))
                .body("hadBetrokkenen", empty())
                .extract()
                .path("url");

        api().get(url).then().statusCode(200).body("onderwerp", equalTo("Afvalinzameling rond kerst"));
    }

    @Test
    void refusesASuccessfulContactWithFurtherAction() {
        var body = new java.util.HashMap<>(TELEFOONTJE);
        body.put("indicatieContactGelukt", true);
        body.put("verdereActieOndernomen", true);

        api().body(body)
                .post("/klantcontacten")
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("no-further-action-when-contact-succesful"));

        api().get("/klantcontacten").then().body("count", equalTo(0));
    }

    /**
     * Open Klant's {@code test_create_klantcontact_with_metadata}: a number in metadata is kept as its text; true,
     * false, objects, arrays, null and empty text are refused, each at its key, and nothing is stored.
     */
    @Test
    void metadataTakesNumbersAsTheirText() {
        var body = new java.util.LinkedHashMap<String, Object>(TELEFOONTJE);
        body.put("metadata", Map.of("aantal", 123, "bedrag", 12.5, "groot", 1e16, "Betreft", "  Paspoort  "));
        String uuid = api().body(body)
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .body("metadata.aantal", equalTo("123"))
                .body("metadata.bedrag", equalTo("12.5"))
                .body("metadata.groot", equalTo("1e+16"))
                .body("metadata.Betreft", equalTo("Paspoort"))
                .extract()
                .path("uuid");
        api().get("/klantcontacten/" + uuid).then().body("metadata.aantal", equalTo("123"));

        var wrong = new java.util.LinkedHashMap<String, Object>();
        wrong.put("a", true);
        wrong.put("b", Map.of("c", "d"));
        wrong.put("c", java.util.List.of("x"));
        wrong.put("d", null);
        wrong.put("e", " ");
        body.put("metadata", wrong);
        api().body(body)
                .post("/klantcontacten")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains("metadata.a", "metadata.b", "metadata.c", "metadata.d", "metadata.e"))
                .body("invalidParams.code", contains("invalid", "invalid", "invalid", "null", "blank"));
        api().get("/klantcontacten").then().body("count", equalTo(1));
    }

    /**
     * A moment written as Python's {@code str(datetime)} writes it (a space, no {@code T}), or as a date alone, is taken
     * as the standard's reference takes it, in the body and in a filter.
     */
    @Test
    void takesTheDateTimeFormsOfTheReference() {
        var body = new java.util.LinkedHashMap<String, Object>(TELEFOONTJE);
        body.put("plaatsgevondenOp", "2019-08-24 14:15:22+00:00");
        String uuid = api().body(body)
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .body("plaatsgevondenOp", equalTo("2019-08-24T14:15:22Z"))
                .extract()
                .path("uuid");
        api().urlEncodingEnabled(false)
                .get("/klantcontacten?plaatsgevondenOp=2019-08-24%2016:15:22%2B0200")
                .then()
                .statusCode(200)
                .body("results.uuid", contains(uuid));
        api().get("/klantcontacten?plaatsgevondenOp=2019-08-24")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }
}
