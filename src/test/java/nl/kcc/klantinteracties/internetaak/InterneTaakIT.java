package nl.kcc.klantinteracties.internetaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InterneTaakIT extends ApiIT {

    private static final String ONBEKEND = "01a2230f-dc1e-70f6-9769-5cfc8e86f2fd";

    private String klantcontact;
    private String fatima;
    private String piet;

    @BeforeEach
    void klantcontactEnActoren() {
        klantcontact = klantcontact("Terugbelverzoek over de WOZ-beschikking", "1000000001");
        fatima = actor("Fatima");
        piet = actor("Piet");
    }

    @Test
    void registersATaskAssignedToActorsInTheGivenOrder() {
        OffsetDateTime voor = OffsetDateTime.now();
        String url = api().body(json(
                        "nummer",
                        "",
                        "gevraagdeHandeling",
                        "Terugbellen",
                        "aanleidinggevendKlantcontact",
                        Map.of("uuid", klantcontact),
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", piet), Map.of("uuid", fatima)),
                        "toelichting",
                        "Na 17:00 bellen",
                        "status",
                        "te_verwerken"))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1/internetaken/"))
                .body("nummer", nullValue())
                .body("referentienummer", nullValue())
                .body("gevraagdeHandeling", equalTo("Terugbellen"))
                .body("aanleidinggevendKlantcontact.uuid", equalTo(klantcontact))
                .body(
                        "aanleidinggevendKlantcontact.url",
                        endsWith("/klantinteracties/api/v1/klantcontacten/" + klantcontact))
                .body("toegewezenAanActoren.uuid", contains(piet, fatima))
                .body("toegewezenAanActoren[0].url", endsWith("/klantinteracties/api/v1/actoren/" + piet))
                .body("toegewezenAanActor.uuid", equalTo(piet))
                .body("toelichting", equalTo("Na 17:00 bellen"))
                .body("status", equalTo("te_verwerken"))
                .body("$", hasKey("afgehandeldOp"))
                .body("afgehandeldOp", nullValue())
                .extract()
                .path("url");

        var taak = api().get(url).then().statusCode(200).extract().jsonPath();
        assertThat(taak.getList("toegewezenAanActoren.uuid")).containsExactly(piet, fatima);
        assertThat(OffsetDateTime.parse(taak.getString("toegewezenOp"))).isBetween(voor, OffsetDateTime.now());
    }

    @Test
    void acceptsTheDeprecatedSingleActor() {
        api().body(taak("te_verwerken", "toegewezenAanActor", Map.of("uuid", fatima)))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .body("toegewezenAanActor.uuid", equalTo(fatima))
                .body("toegewezenAanActoren.uuid", contains(fatima));
    }

    @Test
    void showsNoSingleActorForATaskAssignedToNobody() {
        api().body(taak("te_verwerken", "toegewezenAanActoren", List.of()))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .body("toegewezenAanActoren", empty())
                .body("$", hasKey("toegewezenAanActor"))
                .body("toegewezenAanActor", nullValue())
                .body("toelichting", equalTo(""));
    }

    @Test
    void needsExactlyOneWayOfAssigningOnPostAndPut() {
        api().body(taak("te_verwerken"))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("invalid"));

        api().body(taak(
                        "te_verwerken",
                        "toegewezenAanActor",
                        Map.of("uuid", fatima),
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", piet))))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("invalid"));

        // The key counts, not its value: null is sent, and refused as a value.
        api().body(taak("te_verwerken", "toegewezenAanActor", null))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("toegewezenAanActor"))
                .body("invalidParams.code", contains("null"));
        api().get("/internetaken").then().body("count", equalTo(0));

        String url = create(taak("te_verwerken", "toegewezenAanActoren", List.of(Map.of("uuid", fatima))));
        api().body(taak("te_verwerken"))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"));
        api().body(taak(
                        "te_verwerken",
                        "toegewezenAanActor",
                        Map.of("uuid", piet),
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", piet))))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"));
        api().get(url).then().body("toegewezenAanActoren.uuid", contains(fatima));
    }

    @Test
    void patchMayLeaveTheAssignmentAloneButNotUseBothWays() {
        String url = create(
                taak("te_verwerken", "toegewezenAanActoren", List.of(Map.of("uuid", fatima), Map.of("uuid", piet))));

        api().body(Map.of("toelichting", "Liever per e-mail"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("toelichting", equalTo("Liever per e-mail"))
                .body("toegewezenAanActoren.uuid", contains(fatima, piet));

        api().body(Map.of(
                        "toegewezenAanActor",
                        Map.of("uuid", piet),
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", piet))))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("invalid"));

        // The single actor replaces the whole assignment.
        api().body(Map.of("toegewezenAanActor", Map.of("uuid", piet)))
                .patch(url)
                .then()
                .statusCode(200)
                .body("toegewezenAanActoren.uuid", contains(piet));

        api().body(Map.of("toegewezenAanActoren", List.of(Map.of("uuid", piet), Map.of("uuid", fatima))))
                .patch(url)
                .then()
                .statusCode(200)
                .body("toegewezenAanActor.uuid", equalTo(piet))
                .body("toegewezenAanActoren.uuid", contains(piet, fatima));
        api().get(url).then().body("toegewezenAanActoren.uuid", contains(piet, fatima));
    }

    @Test
    void refusesUnknownAndRepeatedActors() {
        api().body(taak(
                        "te_verwerken",
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", fatima), Map.of("uuid", ONBEKEND))))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("toegewezenAanActoren.1.uuid"))
                .body("invalidParams.code", contains("invalid"));

        api().body(taak("te_verwerken", "toegewezenAanActor", Map.of("uuid", ONBEKEND)))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("toegewezenAanActor.uuid"))
                .body("invalidParams.code", contains("invalid"));

        api().body(taak(
                        "te_verwerken",
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", fatima), Map.of("uuid", piet), Map.of("uuid", fatima))))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("toegewezenAanActoren.2.uuid"))
                .body("invalidParams.code", contains("unique"));

        api().get("/internetaken").then().body("count", equalTo(0));
    }

    @Test
    void refusesATaskWithoutItsMandatoryFields() {
        api().body(Map.of())
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("gevraagdeHandeling", "aanleidinggevendKlantcontact", "status"))
                .body("invalidParams.code", contains("required", "required", "required"));

        api().body(json(
                        "nummer",
                        "12a",
                        "referentienummer",
                        "12345678901",
                        "gevraagdeHandeling",
                        "x".repeat(201),
                        "aanleidinggevendKlantcontact",
                        Map.of("uuid", ONBEKEND),
                        "toegewezenAanActoren",
                        List.of(),
                        "toelichting",
                        "t".repeat(1001),
                        "status",
                        "klaar"))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "nummer",
                                "referentienummer",
                                "gevraagdeHandeling",
                                "toelichting",
                                "status",
                                "aanleidinggevendKlantcontact.uuid"))
                .body(
                        "invalidParams.code",
                        contains("invalid", "max_length", "max_length", "max_length", "invalid_choice", "invalid"));

        api().get("/internetaken").then().body("count", equalTo(0));
    }

    @Test
    void keepsNumbersUniqueButNotEmptyOnes() {
        create(taak("te_verwerken", "nummer", "", "toegewezenAanActoren", List.of()));
        create(taak("te_verwerken", "nummer", "", "referentienummer", "", "toegewezenAanActoren", List.of()));
        String url = create(taak(
                "te_verwerken", "nummer", "0042", "referentienummer", "2024000001", "toegewezenAanActoren", List.of()));
        api().get(url).then().body("nummer", equalTo("0042")).body("referentienummer", equalTo("2024000001"));

        api().body(taak(
                        "te_verwerken",
                        "nummer",
                        "0042",
                        "referentienummer",
                        "2024000001",
                        "toegewezenAanActoren",
                        List.of()))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nummer", "referentienummer"))
                .body("invalidParams.code", contains("unique", "unique"));

        String ander = create(taak("te_verwerken", "toegewezenAanActoren", List.of()));
        api().body(Map.of("referentienummer", "2024000001"))
                .patch(ander)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("referentienummer"))
                .body("invalidParams.code", contains("unique"));

        // A task keeps its own number when it is saved again.
        api().body(Map.of("nummer", "0042", "referentienummer", "2024000001"))
                .patch(url)
                .then()
                .statusCode(200);
        api().body(json("nummer", null)).patch(url).then().statusCode(200).body("nummer", nullValue());
        api().get("/internetaken").then().body("count", equalTo(4));
    }

    @Test
    void aTaskThatIsHandledSaysWhen() {
        OffsetDateTime voor = OffsetDateTime.now();
        var verwerkt = api().body(taak("verwerkt", "toegewezenAanActoren", List.of()))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .body("status", equalTo("verwerkt"))
                .extract()
                .jsonPath();
        OffsetDateTime afgehandeld = OffsetDateTime.parse(verwerkt.getString("afgehandeldOp"));
        assertThat(afgehandeld).isBetween(voor, OffsetDateTime.now());
        String url = verwerkt.getString("url");

        // Saving a handled task again keeps the time it was handled.
        api().body(taak("verwerkt", "toegewezenAanActoren", List.of(Map.of("uuid", fatima))))
                .put(url)
                .then()
                .statusCode(200)
                .body("afgehandeldOp", equalTo(verwerkt.getString("afgehandeldOp")));

        // Back to be done: it is no longer handled.
        api().body(taak("te_verwerken", "toegewezenAanActor", Map.of("uuid", fatima)))
                .put(url)
                .then()
                .statusCode(200)
                .body("status", equalTo("te_verwerken"))
                .body("afgehandeldOp", nullValue());

        OffsetDateTime weerVoor = OffsetDateTime.now();
        String opnieuw = api().body(Map.of("status", "verwerkt"))
                .patch(url)
                .then()
                .statusCode(200)
                .extract()
                .path("afgehandeldOp");
        assertThat(OffsetDateTime.parse(opnieuw)).isBetween(weerVoor, OffsetDateTime.now());
    }

    @Test
    void takesTheTimeOfHandlingOnlyForAHandledTask() {
        api().body(taak("verwerkt", "toegewezenAanActoren", List.of(), "afgehandeldOp", "2024-03-01T10:15:00+01:00"))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .body("afgehandeldOp", equalTo("2024-03-01T09:15:00Z"));

        api().body(taak(
                        "te_verwerken",
                        "toegewezenAanActoren",
                        List.of(),
                        "afgehandeldOp",
                        "2024-03-01T10:15:00+01:00"))
                .post("/internetaken")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("afgehandeldOp"))
                .body("invalidParams.code", contains("invalid"));

        // Checked against the stored status when the request does not change it.
        String url = create(taak("te_verwerken", "toegewezenAanActoren", List.of(), "afgehandeldOp", null));
        api().body(Map.of("afgehandeldOp", "2024-03-01T10:15:00+01:00"))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("afgehandeldOp"));
        api().get(url).then().body("status", equalTo("te_verwerken")).body("afgehandeldOp", nullValue());

        api().body(Map.of("status", "verwerkt", "afgehandeldOp", "2024-03-02T08:00:00Z"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("afgehandeldOp", equalTo("2024-03-02T08:00:00Z"));
        api().body(Map.of("afgehandeldOp", "2024-03-03T08:00:00Z"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("afgehandeldOp", equalTo("2024-03-03T08:00:00Z"));

        // Both rules of a request are reported at once.
        api().body(taak("te_verwerken", "afgehandeldOp", "2024-03-01T10:15:00Z"))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors", "afgehandeldOp"));

        api().body(Map.of("afgehandeldOp", "gisteren"))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("afgehandeldOp"))
                .body("invalidParams.code", contains("invalid"));
    }

    @Test
    void keepsTheTimeOfAssignmentWhenReassigned() {
        String url = create(taak("te_verwerken", "toegewezenAanActor", Map.of("uuid", fatima)));
        String toegewezenOp = api().get(url).then().extract().path("toegewezenOp");

        api().body(Map.of("toegewezenAanActor", Map.of("uuid", piet)))
                .patch(url)
                .then()
                .statusCode(200)
                .body("toegewezenAanActor.uuid", equalTo(piet))
                .body("toegewezenOp", equalTo(toegewezenOp));
        // toegewezenOp is the register's to set: a value sent is ignored.
        api().body(Map.of("toegewezenOp", "2020-01-01T00:00:00Z"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("toegewezenOp", equalTo(toegewezenOp));
    }

    @Test
    void filtersTheList() {
        String ander = klantcontact("Paspoort", "1000000002");
        String zelfdeNaam = actor("Fatima");
        String a = uuid(create(json(
                "nummer",
                "11",
                "referentienummer",
                "101",
                "gevraagdeHandeling",
                "Terugbellen",
                "aanleidinggevendKlantcontact",
                Map.of("uuid", klantcontact),
                "toegewezenAanActoren",
                List.of(Map.of("uuid", fatima), Map.of("uuid", zelfdeNaam)),
                "status",
                "te_verwerken")));
        String b = uuid(create(json(
                "nummer",
                "12",
                "referentienummer",
                "102",
                "gevraagdeHandeling",
                "Mailen",
                "aanleidinggevendKlantcontact",
                Map.of("uuid", ander),
                "toegewezenAanActoren",
                List.of(Map.of("uuid", piet), Map.of("uuid", fatima)),
                "status",
                "verwerkt")));
        String c = uuid(create(taak("te_verwerken", "toegewezenAanActoren", List.of())));
        String toegewezenOpB = api().get("/internetaken/" + b).then().extract().path("toegewezenOp");

        expect("", c, b, a);
        expect("nummer=11", a);
        expect("referentienummer=102", b);
        expect("status=verwerkt", b);
        expect("status=te_verwerken", c, a);
        expect("toegewezenOp=" + toegewezenOpB, b);
        expect("toegewezenOp=2020-01-01T00:00:00Z");
        // Two assigned actors with the same name still give the task once.
        expect("actoren__naam=Fatima", b, a);
        expect("actoren__naam=Piet", b);
        expect("actoren__naam=fatima");
        // Any assigned actor counts, not only the first.
        expect("toegewezenAanActor__uuid=" + fatima, b, a);
        expect("toegewezenAanActor__uuid=" + piet, b);
        expect("toegewezenAanActor__url=https://elders.example/klantinteracties/api/v1/actoren/" + zelfdeNaam, a);
        expect("toegewezenAanActor__url=https://elders.example/klantinteracties/api/v1/actoren/piet");
        expect("aanleidinggevendKlantcontact__uuid=" + ander, b);
        expect("aanleidinggevendKlantcontact__url=http://localhost/klantinteracties/api/v1/klantcontacten/" + ander, b);
        expect("klantcontact__uuid=" + klantcontact, c, a);
        expect("klantcontact__nummer=1000000002", b);
        expect("klantcontact__referentienummer=9000000001", c, a);
        expect("klantcontact__uuid=" + klantcontact + "&status=te_verwerken&toegewezenAanActor__uuid=" + fatima, a);

        refused("status=klaar", "status", "invalid_choice");
        refused("toegewezenOp=gisteren", "toegewezenOp", "invalid");
        refused("toegewezenAanActor__uuid=fatima", "toegewezenAanActor__uuid", "invalid");
        refused("klantcontact__uuid=1", "klantcontact__uuid", "invalid");
        refused("actoren__naam=%01", "actoren__naam", "invalid");
        refused("expand=toegewezenAanActoren", "nonFieldErrors", "unknown-parameters");
    }

    @Test
    void aKlantcontactShowsTheTasksItLedTo() {
        String eerste = uuid(create(taak("te_verwerken", "toegewezenAanActor", Map.of("uuid", fatima))));
        String tweede = uuid(create(taak("verwerkt", "toegewezenAanActoren", List.of(Map.of("uuid", piet)))));

        api().get("/klantcontacten/" + klantcontact + "?expand=leiddeTotInterneTaken")
                .then()
                .statusCode(200)
                .body("leiddeTotInterneTaken.uuid", containsInAnyOrder(eerste, tweede))
                .body("_expand.leiddeTotInterneTaken.uuid", containsInAnyOrder(eerste, tweede))
                .body("_expand.leiddeTotInterneTaken.gevraagdeHandeling", everyItem(equalTo("Terugbellen")))
                .body("_expand.leiddeTotInterneTaken.find { it.uuid == '" + tweede + "' }.status", equalTo("verwerkt"))
                .body(
                        "_expand.leiddeTotInterneTaken.find { it.uuid == '" + eerste + "' }.toegewezenAanActor.uuid",
                        equalTo(fatima));
        api().get("/klantcontacten?expand=leiddeTotInterneTaken&leiddeTotInterneTaken=true")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0]._expand.leiddeTotInterneTaken", hasSize(2));
    }

    @Test
    void deletesTasksAndKeepsThemWhenAnActorGoes() {
        String url = create(
                taak("te_verwerken", "toegewezenAanActoren", List.of(Map.of("uuid", fatima), Map.of("uuid", piet))));
        String ander = create(taak("te_verwerken", "toegewezenAanActor", Map.of("uuid", piet)));

        api().delete("/actoren/" + fatima).then().statusCode(204);
        api().get(url)
                .then()
                .statusCode(200)
                .body("toegewezenAanActoren.uuid", contains(piet))
                .body("toegewezenAanActor.uuid", equalTo(piet));

        api().delete(url).then().statusCode(204);
        api().get(url).then().statusCode(404);
        api().get(ander).then().statusCode(200);

        api().delete("/klantcontacten/" + klantcontact).then().statusCode(204);
        api().get(ander).then().statusCode(404);
        api().get("/internetaken").then().body("count", equalTo(0));
        api().get("/actoren/" + piet).then().statusCode(200);
    }

    private void expect(String query, String... uuids) {
        api().get("/internetaken" + (query.isEmpty() ? "" : "?" + query))
                .then()
                .statusCode(200)
                .body("count", equalTo(uuids.length))
                .body("results.uuid", uuids.length == 0 ? empty() : contains((Object[]) uuids));
    }

    private void refused(String query, String name, String code) {
        api().urlEncodingEnabled(false)
                .get("/internetaken?" + query)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains(name))
                .body("invalidParams.code", contains(code));
    }

    /** A task from this test's klantcontact, with the status and further members given. */
    private Map<String, Object> taak(String status, Object... more) {
        var body = json(
                "gevraagdeHandeling",
                "Terugbellen",
                "aanleidinggevendKlantcontact",
                Map.of("uuid", klantcontact),
                "status",
                status);
        body.putAll(json(more));
        return body;
    }

    private String create(Map<String, Object> taak) {
        return api().body(taak)
                .post("/internetaken")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
    }

    private String klantcontact(String onderwerp, String nummer) {
        return api().body(Map.of(
                        "nummer",
                        nummer,
                        "referentienummer",
                        "9" + nummer.substring(1),
                        "kanaal",
                        "telefoon",
                        "onderwerp",
                        onderwerp,
                        "taal",
                        "nld",
                        "vertrouwelijk",
                        false))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    private String actor(String naam) {
        return api().body(Map.of("naam", naam, "soortActor", "medewerker"))
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    private static String uuid(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A JSON object that may hold null, which {@link Map#of} cannot. */
    private static Map<String, Object> json(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
