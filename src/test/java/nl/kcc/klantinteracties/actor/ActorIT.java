package nl.kcc.klantinteracties.actor;

import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class ActorIT extends ApiIT {

    private static final Map<String, Object> MEDEWERKER = Map.of(
            "naam",
            "Fatima El Amrani",
            "soortActor",
            "medewerker",
            "actoridentificator",
            Map.of(
                    "objectId", "f.elamrani@gemeente.nl",
                    "codeObjecttype", "mdw",
                    "codeRegister", "msei",
                    "codeSoortObjectId", "email"),
            "actorIdentificatie",
            Map.of(
                    "functie", "KCC-medewerker",
                    "emailadres", "f.elamrani@gemeente.nl",
                    "telefoonnummer", "0881234567"));

    @Test
    void registersAMedewerkerAndShowsIt() {
        String url = api().body(MEDEWERKER)
                .post("/actoren")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1/actoren/"))
                .body("naam", equalTo("Fatima El Amrani"))
                .body("soortActor", equalTo("medewerker"))
                .body("indicatieActief", equalTo(true))
                .body("actoridentificator.objectId", equalTo("f.elamrani@gemeente.nl"))
                .body("actoridentificator.codeObjecttype", equalTo("mdw"))
                .body("actoridentificator.codeRegister", equalTo("msei"))
                .body("actoridentificator.codeSoortObjectId", equalTo("email"))
                .body("actorIdentificatie.functie", equalTo("KCC-medewerker"))
                .body("actorIdentificatie.emailadres", equalTo("f.elamrani@gemeente.nl"))
                .body("actorIdentificatie.telefoonnummer", equalTo("0881234567"))
                .extract()
                .header("Location");

        api().get(url)
                .then()
                .statusCode(200)
                .body("url", equalTo(url))
                .body("uuid", equalTo(url.substring(url.lastIndexOf('/') + 1)))
                .body("naam", equalTo("Fatima El Amrani"))
                .body("actorIdentificatie.telefoonnummer", equalTo("0881234567"));
    }

    @Test
    void showsWhatWasNotGivenAsTheStandardsImplementationDoes() {
        // KISS registers actors with a member of its own (medewerkerIdentificatie), which is ignored.
        api().body(json("naam", "Piet", "soortActor", "medewerker", "medewerkerIdentificatie", Map.of("x", "y")))
                .post("/actoren")
                .then()
                .statusCode(201)
                .body("indicatieActief", equalTo(true))
                .body(
                        "actoridentificator",
                        equalTo(Map.of(
                                "objectId", "", "codeObjecttype", "", "codeRegister", "", "codeSoortObjectId", "")))
                .body("$", hasKey("actorIdentificatie"))
                .body("actorIdentificatie", nullValue())
                .body("$", not(hasKey("medewerkerIdentificatie")))
                .body("$", not(hasKey("_expand")));
    }

    @Test
    void showsTheDetailsOfEachKind() {
        api().body(json(
                        "naam",
                        "Zaaksysteem",
                        "soortActor",
                        "geautomatiseerde_actor",
                        "indicatieActief",
                        false,
                        "actorIdentificatie",
                        Map.of("functie", "Zaakregistratie", "omschrijving", "Registreert zaken", "emailadres", "x")))
                .post("/actoren")
                .then()
                .statusCode(201)
                .body("indicatieActief", equalTo(false))
                // Members of another kind are not part of this kind's details.
                .body(
                        "actorIdentificatie",
                        equalTo(Map.of("functie", "Zaakregistratie", "omschrijving", "Registreert zaken")));

        api().body(json(
                        "naam",
                        "Team Burgerzaken",
                        "soortActor",
                        "organisatorische_eenheid",
                        "actorIdentificatie",
                        Map.of("omschrijving", "Burgerzaken", "faxnummer", "0201234568")))
                .post("/actoren")
                .then()
                .statusCode(201)
                .body(
                        "actorIdentificatie",
                        equalTo(Map.of(
                                "omschrijving", "Burgerzaken",
                                "emailadres", "",
                                "faxnummer", "0201234568",
                                "telefoonnummer", "")));

        api().body(json(
                        "naam",
                        "Loket",
                        "soortActor",
                        "organisatorische_eenheid",
                        "actorIdentificatie",
                        Map.of("telefoonnummer", "+31201234567", "emailadres", "loket@gemeente.nl")))
                .post("/actoren")
                .then()
                .statusCode(201)
                .body("actorIdentificatie.telefoonnummer", equalTo("+31201234567"))
                .body("actorIdentificatie.emailadres", equalTo("loket@gemeente.nl"))
                .body("actorIdentificatie.omschrijving", equalTo(""));
    }

    @Test
    void refusesAnActorWithoutNameOrKind() {
        api().body(Map.of())
                .post("/actoren")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid"))
                .body("invalidParams.name", contains("naam", "soortActor"))
                .body("invalidParams.code", contains("required", "required"));

        api().body(json("naam", "", "soortActor", "robot", "indicatieActief", "ja"))
                .post("/actoren")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("naam", "soortActor", "indicatieActief"))
                .body("invalidParams.code", contains("blank", "invalid_choice", "invalid"));

        api().body(json(
                        "naam",
                        "x".repeat(201),
                        "soortActor",
                        "medewerker",
                        "actoridentificator",
                        Map.of("objectId", "y".repeat(201))))
                .post("/actoren")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("naam", "actoridentificator.objectId"))
                .body("invalidParams.code", contains("max_length", "max_length"));

        api().get("/actoren").then().body("count", equalTo(0));
    }

    @Test
    void checksTheDetailsAgainstTheKind() {
        api().body(json("naam", "Jan", "soortActor", "medewerker", "actorIdentificatie", Map.of()))
                .post("/actoren")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actorIdentificatie.functie", "actorIdentificatie.telefoonnummer"))
                .body("invalidParams.code", contains("required", "required"));

        api().body(json(
                        "naam",
                        "Jan",
                        "soortActor",
                        "medewerker",
                        "actorIdentificatie",
                        Map.of("functie", "f".repeat(41), "emailadres", "jan@", "telefoonnummer", "020-1234567")))
                .post("/actoren")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "actorIdentificatie.functie",
                                "actorIdentificatie.emailadres",
                                "actorIdentificatie.telefoonnummer"))
                .body("invalidParams.code", contains("max_length", "invalid", "invalid"));

        api().body(json(
                        "naam",
                        "Jan",
                        "soortActor",
                        "geautomatiseerde_actor",
                        "actorIdentificatie",
                        Map.of("telefoonnummer", "0201234567")))
                .post("/actoren")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actorIdentificatie.functie"))
                .body("invalidParams.code", contains("required"));

        api().body(json("naam", "Jan", "soortActor", "medewerker", "actorIdentificatie", "medewerker"))
                .post("/actoren")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actorIdentificatie.nonFieldErrors"))
                .body("invalidParams.code", contains("invalid"));

        api().get("/actoren").then().body("count", equalTo(0));
    }

    @Test
    void refusesServiceNumbersWithTheirOwnReason() {
        String vorm = api().body(eenheid("Loket", "02012345"))
                .post("/actoren")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actorIdentificatie.telefoonnummer"))
                .body("invalidParams.code", contains("invalid"))
                .extract()
                .path("invalidParams[0].reason");

        for (String servicenummer : List.of("0800123456", "0900123456", "1400", "14020")) {
            api().body(eenheid("Loket", servicenummer))
                    .post("/actoren")
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("actorIdentificatie.telefoonnummer"))
                    .body("invalidParams.code", contains("invalid"))
                    .body("invalidParams[0].reason", not(equalTo(vorm)));
        }
        api().get("/actoren").then().body("count", equalTo(0));

        api().body(eenheid("Loket", "0881234567"))
                .post("/actoren")
                .then()
                .statusCode(201)
                .body("actorIdentificatie.telefoonnummer", equalTo("0881234567"));
    }

    @Test
    void putNeedsNameAndKindAndKeepsWhatItLeavesOut() {
        String url = create(MEDEWERKER);

        api().body(Map.of("indicatieActief", false))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("naam", "soortActor"));

        api().body(Map.of("naam", "Fatima El Amrani-de Vries", "soortActor", "medewerker"))
                .put(url)
                .then()
                .statusCode(200)
                .body("naam", equalTo("Fatima El Amrani-de Vries"))
                .body("indicatieActief", equalTo(true))
                .body("actoridentificator.objectId", equalTo("f.elamrani@gemeente.nl"))
                .body("actorIdentificatie.functie", equalTo("KCC-medewerker"));
    }

    @Test
    void patchChangesOnlyWhatItSends() {
        String url = create(MEDEWERKER);

        api().body(Map.of("indicatieActief", false))
                .patch(url)
                .then()
                .statusCode(200)
                .body("indicatieActief", equalTo(false))
                .body("naam", equalTo("Fatima El Amrani"))
                .body("actorIdentificatie.telefoonnummer", equalTo("0881234567"));

        // The details are checked against the stored kind, and replaced whole.
        api().body(Map.of("actorIdentificatie", Map.of("functie", "Teamleider")))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actorIdentificatie.telefoonnummer"))
                .body("invalidParams.code", contains("required"));
        api().body(Map.of("actorIdentificatie", Map.of("functie", "Teamleider", "telefoonnummer", "0612345678")))
                .patch(url)
                .then()
                .statusCode(200)
                .body("actorIdentificatie.functie", equalTo("Teamleider"))
                .body("actorIdentificatie.telefoonnummer", equalTo("0612345678"))
                .body("actorIdentificatie.emailadres", equalTo(""));

        // A group sent as null is emptied, and shown with empty members.
        api().body(json("actoridentificator", null))
                .patch(url)
                .then()
                .statusCode(200)
                .body("actoridentificator.objectId", equalTo(""))
                .body("actoridentificator.codeRegister", equalTo(""));

        api().get(url)
                .then()
                .body("indicatieActief", equalTo(false))
                .body("actorIdentificatie.functie", equalTo("Teamleider"))
                .body("actoridentificator.codeObjecttype", equalTo(""));
    }

    @Test
    void anActorOfAnotherKindLosesTheDetailsOfItsOldKind() {
        String url = create(MEDEWERKER);

        api().body(Map.of("soortActor", "organisatorische_eenheid"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("soortActor", equalTo("organisatorische_eenheid"))
                .body("$", hasKey("actorIdentificatie"))
                .body("actorIdentificatie", nullValue())
                .body("actoridentificator.objectId", equalTo("f.elamrani@gemeente.nl"));

        api().body(Map.of("soortActor", "geautomatiseerde_actor", "actorIdentificatie", Map.of("functie", "Chatbot")))
                .patch(url)
                .then()
                .statusCode(200)
                .body("actorIdentificatie", equalTo(Map.of("functie", "Chatbot", "omschrijving", "")));

        api().body(json("actorIdentificatie", null))
                .patch(url)
                .then()
                .statusCode(200)
                .body("actorIdentificatie", nullValue());
    }

    @Test
    void filtersTheList() {
        String fatima = uuid(create(MEDEWERKER));
        String chatbot = uuid(create(json(
                "naam",
                "Chatbot Gemma",
                "soortActor",
                "geautomatiseerde_actor",
                "indicatieActief",
                false,
                "actoridentificator",
                Map.of("objectId", "gemma", "codeObjecttype", "bot", "codeRegister", "obj", "codeSoortObjectId", "idf"),
                "actorIdentificatie",
                Map.of("functie", "Chat"))));
        String team = uuid(create(json(
                "naam",
                "Team Fatima",
                "soortActor",
                "organisatorische_eenheid",
                "actoridentificator",
                Map.of(
                        "objectId",
                        "team-1",
                        "codeObjecttype",
                        "afd",
                        "codeRegister",
                        "obj",
                        "codeSoortObjectId",
                        "idf"))));

        expect("", team, chatbot, fatima);
        expect("naam=fatima", team, fatima);
        expect("naam=GEMMA", chatbot);
        expect("naam=100%25");
        expect("soortActor=medewerker", fatima);
        expect("soortActor=organisatorische_eenheid", team);
        expect("indicatieActief=false", chatbot);
        expect("indicatieActief=true", team, fatima);
        expect("actoridentificatorObjectId=gemma", chatbot);
        expect("actoridentificatorObjectId=Gemma");
        expect("actoridentificatorCodeObjecttype=afd", team);
        expect("actoridentificatorCodeRegister=obj", team, chatbot);
        expect("actoridentificatorCodeSoortObjectId=email", fatima);
        expect("actoridentificatorCodeRegister=obj&soortActor=geautomatiseerde_actor", chatbot);
    }

    @Test
    void refusesBadFilterValues() {
        create(MEDEWERKER);

        refused("soortActor=robot", "soortActor", "invalid_choice");
        refused("indicatieActief=ja", "indicatieActief", "invalid");
        refused("naam=%01", "naam", "invalid");
        refused("actoridentificatorObjectId=%01", "actoridentificatorObjectId", "invalid");
        refused("wrong=1", "nonFieldErrors", "unknown-parameters");
        refused("expand=actoridentificator", "nonFieldErrors", "unknown-parameters");
    }

    @Test
    void deletesAnActor() {
        String url = create(MEDEWERKER);

        api().delete(url).then().statusCode(204);

        api().get(url).then().statusCode(404).body("code", equalTo("not_found"));
        api().delete(url).then().statusCode(404);
        api().get("/actoren").then().body("count", equalTo(0));
    }

    @Test
    void answersNotFoundForAnUnknownActor() {
        api().get("/actoren/01a2230f-dc1e-70f6-9769-5cfc8e86f2fd").then().statusCode(404);
        api().body(MEDEWERKER)
                .put("/actoren/01a2230f-dc1e-70f6-9769-5cfc8e86f2fd")
                .then()
                .statusCode(404);
        api().body(Map.of("naam", "x")).patch("/actoren/not-a-uuid").then().statusCode(404);
    }

    private void expect(String query, String... uuids) {
        api().get("/actoren" + (query.isEmpty() ? "" : "?" + query))
                .then()
                .statusCode(200)
                .body("count", equalTo(uuids.length))
                .body("results.uuid", uuids.length == 0 ? empty() : contains((Object[]) uuids));
    }

    private void refused(String query, String name, String code) {
        api().urlEncodingEnabled(false)
                .get("/actoren?" + query)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains(name))
                .body("invalidParams.code", contains(code));
    }

    private String create(Map<String, Object> actor) {
        return api().body(actor)
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
    }

    private static Map<String, Object> eenheid(String naam, String telefoonnummer) {
        return json(
                "naam",
                naam,
                "soortActor",
                "organisatorische_eenheid",
                "actorIdentificatie",
                Map.of("telefoonnummer", telefoonnummer));
    }

    private static String uuid(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A JSON object that may hold null, which {@link Map#of} cannot. */
    static Map<String, Object> json(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
