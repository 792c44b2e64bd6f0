package nl.kcc.klantinteracties.actor;

import static nl.kcc.klantinteracties.actor.ActorIT.json;
import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class ActorKlantcontactIT extends ApiIT {

    private static final String ONBEKEND = "01a2230f-dc1e-70f6-9769-5cfc8e86f2fd";

    @Test
    void linksAnActorToAKlantcontactWhichThenShowsTheActor() {
        String klantcontact = klantcontact("Paspoort aanvragen");
        String fatima = actor("Fatima", "medewerker", Map.of("functie", "KCC", "telefoonnummer", "0201234567"));
        String gemma = actor("Gemma", "geautomatiseerde_actor", Map.of("functie", "Chatbot"));

        String url = api().body(link(fatima, klantcontact))
                .post("/actorklantcontacten")
                .then()
                .statusCode(201)
                .header(
                        "Location",
                        startsWith("http://localhost:" + port + "/klantinteracties/api/v1/actorklantcontacten/"))
                .body("actor.uuid", equalTo(fatima))
                .body("actor.url", endsWith("/klantinteracties/api/v1/actoren/" + fatima))
                .body("klantcontact.uuid", equalTo(klantcontact))
                .body("klantcontact.url", endsWith("/klantinteracties/api/v1/klantcontacten/" + klantcontact))
                .extract()
                .path("url");
        api().body(link(gemma, klantcontact))
                .post("/actorklantcontacten")
                .then()
                .statusCode(201);

        api().get(url).then().statusCode(200).body("actor.uuid", equalTo(fatima));

        // The klantcontact shows its actors whole, not as references.
        api().get("/klantcontacten/" + klantcontact)
                .then()
                .statusCode(200)
                .body("hadBetrokkenActoren.uuid", contains(fatima, gemma))
                .body("hadBetrokkenActoren[0].naam", equalTo("Fatima"))
                .body("hadBetrokkenActoren[0].soortActor", equalTo("medewerker"))
                .body("hadBetrokkenActoren[0].url", endsWith("/actoren/" + fatima))
                .body("hadBetrokkenActoren[0].actorIdentificatie.telefoonnummer", equalTo("0201234567"))
                .body("hadBetrokkenActoren[1].actorIdentificatie.functie", equalTo("Chatbot"))
                .body("hadBetrokkenActoren[1].actoridentificator.objectId", equalTo(""));
        api().get("/klantcontacten?pageSize=1")
                .then()
                .statusCode(200)
                .body("results[0].hadBetrokkenActoren.naam", contains("Fatima", "Gemma"));
    }

    @Test
    void linksEachActorToAKlantcontactOnce() {
        String klantcontact = klantcontact("Verhuizing");
        String ander = klantcontact("Parkeervergunning");
        String fatima = actor("Fatima", "medewerker", null);
        String piet = actor("Piet", "medewerker", null);
        api().body(link(fatima, klantcontact))
                .post("/actorklantcontacten")
                .then()
                .statusCode(201);

        api().body(link(fatima, klantcontact))
                .post("/actorklantcontacten")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("unique"));
        api().get("/actorklantcontacten").then().body("count", equalTo(1));

        // A change that would make a second link of the same pair is refused too, whichever side it changes.
        String pietsLink = create(link(piet, klantcontact));
        api().body(Map.of("actor", Map.of("uuid", fatima)))
                .patch(pietsLink)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("unique"));
        String pietAnders = create(link(piet, ander));
        api().body(Map.of("klantcontact", Map.of("uuid", klantcontact)))
                .patch(pietAnders)
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("unique"));
        api().body(link(fatima, klantcontact))
                .put(pietAnders)
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("unique"));
        api().get(pietAnders).then().body("actor.uuid", equalTo(piet)).body("klantcontact.uuid", equalTo(ander));

        // Saving a link unchanged is no duplicate of itself.
        api().body(link(piet, ander)).put(pietAnders).then().statusCode(200);
    }

    @Test
    void changesALink() {
        String klantcontact = klantcontact("Verhuizing");
        String ander = klantcontact("Parkeervergunning");
        String fatima = actor("Fatima", "medewerker", null);
        String piet = actor("Piet", "medewerker", null);
        String url = create(link(fatima, klantcontact));

        api().body(Map.of("actor", Map.of("uuid", piet)))
                .patch(url)
                .then()
                .statusCode(200)
                .body("actor.uuid", equalTo(piet))
                .body("klantcontact.uuid", equalTo(klantcontact));

        api().body(Map.of("actor", Map.of("uuid", fatima)))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("klantcontact"))
                .body("invalidParams.code", contains("required"));

        api().body(link(fatima, ander))
                .put(url)
                .then()
                .statusCode(200)
                .body("actor.uuid", equalTo(fatima))
                .body("klantcontact.uuid", equalTo(ander));
        api().get("/klantcontacten/" + ander).then().body("hadBetrokkenActoren.uuid", contains(fatima));
        api().get("/klantcontacten/" + klantcontact).then().body("hadBetrokkenActoren", empty());
    }

    @Test
    void refusesBadReferences() {
        String klantcontact = klantcontact("Verhuizing");
        String fatima = actor("Fatima", "medewerker", null);

        api().body(Map.of())
                .post("/actorklantcontacten")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actor", "klantcontact"))
                .body("invalidParams.code", contains("required", "required"));

        api().body(link(ONBEKEND, klantcontact))
                .post("/actorklantcontacten")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actor.uuid"))
                .body("invalidParams.code", contains("invalid"));

        api().body(Map.of("actor", Map.of("uuid", "fatima"), "klantcontact", klantcontact))
                .post("/actorklantcontacten")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actor.uuid", "klantcontact.nonFieldErrors"))
                .body("invalidParams.code", contains("invalid", "invalid"));

        api().body(json("actor", Map.of("uuid", fatima), "klantcontact", null))
                .post("/actorklantcontacten")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("klantcontact"))
                .body("invalidParams.code", contains("null"));

        api().get("/actorklantcontacten").then().body("count", equalTo(0));
    }

    @Test
    void filtersTheList() {
        String verhuizing = klantcontact("Verhuizing");
        String parkeren = klantcontact("Parkeervergunning");
        String fatima = actor("Fatima", "medewerker", null);
        String piet = actor("Piet", "medewerker", null);
        String a = uuid(create(link(fatima, verhuizing)));
        String b = uuid(create(link(piet, verhuizing)));
        String c = uuid(create(link(fatima, parkeren)));

        expect("", c, b, a);
        expect("actor__uuid=" + fatima, c, a);
        expect("actor__url=http://elders.example/klantinteracties/api/v1/actoren/" + piet, b);
        expect("klantcontact__uuid=" + verhuizing, b, a);
        expect("klantcontact__url=http://localhost/klantinteracties/api/v1/klantcontacten/" + parkeren + "/", c);
        expect("klantcontact__uuid=" + verhuizing + "&actor__uuid=" + piet, b);
        expect("actor__uuid=" + ONBEKEND);
        // A URL that names no object matches nothing.
        expect("actor__url=http://localhost/klantinteracties/api/v1/actoren/fatima");

        refused("actor__uuid=fatima", "actor__uuid");
        refused("klantcontact__uuid=123", "klantcontact__uuid");
        api().get("/actorklantcontacten?actor=" + fatima)
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("unknown-parameters"));
    }

    @Test
    void deletesLinksAndLosesThemWithTheirActorOrKlantcontact() {
        String verhuizing = klantcontact("Verhuizing");
        String parkeren = klantcontact("Parkeervergunning");
        String fatima = actor("Fatima", "medewerker", null);
        String piet = actor("Piet", "medewerker", null);
        String url = create(link(fatima, verhuizing));
        create(link(piet, verhuizing));
        create(link(piet, parkeren));

        api().delete(url).then().statusCode(204);
        api().get(url).then().statusCode(404);
        api().get("/actoren/" + fatima).then().statusCode(200);
        api().get("/klantcontacten/" + verhuizing).then().body("hadBetrokkenActoren.uuid", contains(piet));

        api().delete("/actoren/" + piet).then().statusCode(204);
        api().get("/actorklantcontacten").then().body("count", equalTo(0));
        api().get("/klantcontacten/" + verhuizing).then().statusCode(200).body("hadBetrokkenActoren", empty());

        create(link(fatima, parkeren));
        api().delete("/klantcontacten/" + parkeren).then().statusCode(204);
        api().get("/actorklantcontacten").then().body("count", equalTo(0));
        api().get("/actoren/" + fatima).then().statusCode(200);
    }

    private void expect(String query, String... uuids) {
        api().get("/actorklantcontacten" + (query.isEmpty() ? "" : "?" + query))
                .then()
                .statusCode(200)
                .body("count", equalTo(uuids.length))
                .body("results.uuid", uuids.length == 0 ? empty() : contains((Object[]) uuids));
    }

    private void refused(String query, String name) {
        api().get("/actorklantcontacten?" + query)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains(name))
                .body("invalidParams.code", contains("invalid"));
    }

    private String create(Map<String, Object> link) {
        return api().body(link)
                .post("/actorklantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
    }

    private static Map<String, Object> link(String actor, String klantcontact) {
        return Map.of("actor", Map.of("uuid", actor), "klantcontact", Map.of("uuid", klantcontact));
    }

    private String klantcontact(String onderwerp) {
        return api().body(Map.of("kanaal", "telefoon", "onderwerp", onderwerp, "taal", "nld", "vertrouwelijk", false))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    private String actor(String naam, String soort, Map<String, Object> identificatie) {
        var body = json("naam", naam, "soortActor", soort);
        if (identificatie != null) {
            body.put("actorIdentificatie", identificatie);
        }
        return api().body(body)
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    private static String uuid(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
