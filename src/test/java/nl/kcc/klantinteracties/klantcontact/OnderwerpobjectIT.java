package nl.kcc.klantinteracties.klantcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.*;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OnderwerpobjectIT extends ApiIT {

    @Autowired
    private PublishedChanges changes;

    @BeforeEach
    void forgetEarlierChanges() {
        changes.clear();
    }

    private String registreer(String body) {
        return api().body(body)
                .post("/onderwerpobjecten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    private String over(String klantcontact, String wasKlantcontact) {
        return registreer("""
                {"klantcontact": %s, "wasKlantcontact": %s}""".formatted(ref(klantcontact), ref(wasKlantcontact)));
    }

    private static String ref(String uuid) {
        return uuid == null ? "null" : "{\"uuid\": \"" + uuid + "\"}";
    }

    private String klantcontactUrl(String uuid) {
        return "http://localhost:" + port + "/klantinteracties/api/v1/klantcontacten/" + uuid;
    }

    @Test
    void registersAnEmptyOnderwerpobject() {
        api().body("{}")
                .post("/onderwerpobjecten")
                .then()
                .statusCode(201)
                .header("Location", containsString("/klantinteracties/api/v1/onderwerpobjecten/"))
                .body("klantcontact", nullValue())
                .body("wasKlantcontact", nullValue())
                .body("onderwerpobjectidentificator.objectId", equalTo(""))
                .body("onderwerpobjectidentificator.codeObjecttype", equalTo(""))
                .body("onderwerpobjectidentificator.codeRegister", equalTo(""))
                .body("onderwerpobjectidentificator.codeSoortObjectId", equalTo(""));

        // Without a body at all it is the same.
        api().post("/onderwerpobjecten").then().statusCode(201).body("klantcontact", nullValue());
        api().get("/onderwerpobjecten").then().body("count", equalTo(2));
    }

    @Test
    void registersAnOnderwerpobjectOfAKlantcontact() {
        String klantcontact = Klantcontacten.registreer(api());
        String eerder = Klantcontacten.registreer(api());

        String uuid = api().body("""
                        {"klantcontact": {"uuid": "%s"}, "wasKlantcontact": {"uuid": "%s"},
                         "onderwerpobjectidentificator": {"objectId": "ZAAK-1", "codeObjecttype": "zaak",
                             "codeRegister": "open-zaak", "codeSoortObjectId": "identificatie"}}""".formatted(klantcontact, eerder))
                .post("/onderwerpobjecten")
                .then()
                .statusCode(201)
                .body("klantcontact.uuid", equalTo(klantcontact))
                .body("klantcontact.url", equalTo(klantcontactUrl(klantcontact)))
                .body("wasKlantcontact.uuid", equalTo(eerder))
                .extract()
                .path("uuid");

        api().get("/onderwerpobjecten/" + uuid)
                .then()
                .statusCode(200)
                .body("onderwerpobjectidentificator.objectId", equalTo("ZAAK-1"))
                .body("onderwerpobjectidentificator.codeObjecttype", equalTo("zaak"))
                .body("onderwerpobjectidentificator.codeRegister", equalTo("open-zaak"))
                .body("onderwerpobjectidentificator.codeSoortObjectId", equalTo("identificatie"));
        api().get("/klantcontacten/" + klantcontact).then().body("gingOverOnderwerpobjecten.uuid", contains(uuid));
        // wasKlantcontact is not the klantcontact the object was the subject of.
        api().get("/klantcontacten/" + eerder).then().body("gingOverOnderwerpobjecten", empty());
    }

    @Test
    void reportsUnknownKlantcontactenAndInvalidIdentificatorsAtOnce() {
        api().body("""
                        {"klantcontact": {"uuid": "%s"}, "wasKlantcontact": {"uuid": "%s"},
                         "onderwerpobjectidentificator": {"objectId": true, "codeRegister": "%s"}}""".formatted(UUID.randomUUID(), UUID.randomUUID(), "r".repeat(201)))
                .post("/onderwerpobjecten")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        containsInAnyOrder(
                                "klantcontact.uuid",
                                "wasKlantcontact.uuid",
                                "onderwerpobjectidentificator.objectId",
                                "onderwerpobjectidentificator.codeRegister"))
                .body("invalidParams.find { it.name == 'klantcontact.uuid' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'wasKlantcontact.uuid' }.code", equalTo("invalid"))
                .body(
                        "invalidParams.find { it.name == 'onderwerpobjectidentificator.objectId' }.code",
                        equalTo("invalid"))
                .body(
                        "invalidParams.find { it.name == 'onderwerpobjectidentificator.codeRegister' }.code",
                        equalTo("max_length"));

        api().body("""
                        {"onderwerpobjectidentificator": "zaak"}""")
                .post("/onderwerpobjecten")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("onderwerpobjectidentificator.nonFieldErrors"))
                .body("invalidParams.code", contains("invalid"));

        api().get("/onderwerpobjecten").then().body("count", equalTo(0));
    }

    @Test
    void putClearsReferencesSentAsNullAndPatchKeepsWhatIsNotSent() {
        String klantcontact = Klantcontacten.registreer(api());
        String eerder = Klantcontacten.registreer(api());
        String uuid = registreer("""
                {"klantcontact": {"uuid": "%s"}, "wasKlantcontact": {"uuid": "%s"},
                 "onderwerpobjectidentificator": {"objectId": "1", "codeObjecttype": "zaak"}}""".formatted(klantcontact, eerder));

        api().body("""
                        {"onderwerpobjectidentificator": {"objectId": "2"}}""")
                .patch("/onderwerpobjecten/" + uuid)
                .then()
                .statusCode(200)
                .body("klantcontact.uuid", equalTo(klantcontact))
                .body("wasKlantcontact.uuid", equalTo(eerder))
                .body("onderwerpobjectidentificator.objectId", equalTo("2"))
                .body("onderwerpobjectidentificator.codeObjecttype", equalTo(""));

        api().body("""
                        {"wasKlantcontact": null}""")
                .put("/onderwerpobjecten/" + uuid)
                .then()
                .statusCode(200)
                .body("klantcontact.uuid", equalTo(klantcontact))
                .body("wasKlantcontact", nullValue())
                .body("onderwerpobjectidentificator.objectId", equalTo("2"));

        api().body("""
                        {"klantcontact": null, "wasKlantcontact": null, "onderwerpobjectidentificator": null}""")
                .put("/onderwerpobjecten/" + uuid)
                .then()
                .statusCode(200)
                .body("klantcontact", nullValue())
                .body("wasKlantcontact", nullValue())
                .body("onderwerpobjectidentificator.objectId", equalTo(""));

        api().get("/klantcontacten/" + klantcontact).then().body("gingOverOnderwerpobjecten", empty());
        api().get("/onderwerpobjecten/" + uuid).then().body("klantcontact", nullValue());
    }

    @Test
    void filtersOnKlantcontactenAndIdentificator() {
        String k1 = Klantcontacten.registreer(api());
        String k2 = Klantcontacten.registreer(api());
        String zaak = registreer("""
                {"klantcontact": {"uuid": "%s"}, "wasKlantcontact": {"uuid": "%s"},
                 "onderwerpobjectidentificator": {"objectId": "ZAAK-1", "codeObjecttype": "zaak",
                     "codeRegister": "open-zaak", "codeSoortObjectId": "identificatie"}}""".formatted(k1, k2));
        String product = registreer("""
                {"klantcontact": {"uuid": "%s"},
                 "onderwerpobjectidentificator": {"objectId": "P-7", "codeObjecttype": "product",
                     "codeRegister": "pdc", "codeSoortObjectId": "code"}}""".formatted(k2));

        expect("klantcontact__uuid=" + k1, zaak);
        expect("klantcontact__uuid=" + k2, product);
        expect("klantcontact__url=https://elders.example/api/klantcontacten/" + k2 + "/", product);
        expect("klantcontact__url=https://elders.example/api/klantcontacten/geen-uuid");
        expect("wasKlantcontact__uuid=" + k2, zaak);
        expect("wasKlantcontact__uuid=" + k1);
        expect("wasKlantcontact__url=" + klantcontactUrl(k2), zaak);
        expect("onderwerpobjectidentificatorObjectId=P-7", product);
        expect("onderwerpobjectidentificatorCodeObjecttype=zaak", zaak);
        expect("onderwerpobjectidentificatorCodeRegister=pdc", product);
        expect("onderwerpobjectidentificatorCodeSoortObjectId=identificatie", zaak);
        expect("onderwerpobjectidentificatorCodeSoortObjectId=ident");
        expect("onderwerpobjectidentificatorCodeObjecttype=zaak&klantcontact__uuid=" + k2);
        expect("", product, zaak);

        Queries.refuses(api(), "/onderwerpobjecten", "klantcontact__uuid=1", "klantcontact__uuid", "invalid");
        Queries.refuses(api(), "/onderwerpobjecten", "wasKlantcontact__uuid=x", "wasKlantcontact__uuid", "invalid");
        Queries.refuses(
                api(),
                "/onderwerpobjecten",
                "onderwerpobjectidentificatorObjectId=%00",
                "onderwerpobjectidentificatorObjectId",
                "null_characters_not_allowed");
        Queries.refuses(api(), "/onderwerpobjecten", "klantcontact__url=http://x/%7F", "klantcontact__url", "invalid");
        Queries.refuses(api(), "/onderwerpobjecten", "klantcontact__url=geen-url", "klantcontact__url", "invalid");
        Queries.refuses(api(), "/onderwerpobjecten", "klantcontact=" + k1, "nonFieldErrors", "unknown-parameters");
    }

    @Test
    void deleteWithoutCascadeKeepsTheKlantcontact() {
        String klantcontact = Klantcontacten.registreer(api());
        String eerste = over(klantcontact, null);
        String tweede = over(klantcontact, null);

        api().delete("/onderwerpobjecten/" + eerste).then().statusCode(204).body(emptyString());
        api().delete("/onderwerpobjecten/" + tweede + "?cascade=False").then().statusCode(204);

        api().get("/onderwerpobjecten/" + eerste).then().statusCode(404);
        api().get("/onderwerpobjecten/" + tweede).then().statusCode(404);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(200).body("gingOverOnderwerpobjecten", empty());
    }

    @Test
    void cascadeDeletesTheKlantcontactWithEverythingThatBelongsToIt() {
        String klantcontact = Klantcontacten.registreer(api());
        String anderKlantcontact = Klantcontacten.registreer(api());
        String onderwerpobject = over(klantcontact, null);
        String betrokkene = api().body("""
                        {"hadKlantcontact": {"uuid": "%s"}, "rol": "klant", "initiator": true}""".formatted(klantcontact))
                .post("/betrokkenen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String bijlage = api().body("""
                        {"wasBijlageVanKlantcontact": {"uuid": "%s"}}""".formatted(klantcontact))
                .post("/bijlagen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String andereBijlage = api().body("""
                        {"wasBijlageVanKlantcontact": {"uuid": "%s"}}""".formatted(anderKlantcontact))
                .post("/bijlagen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        // The interne taken are another family's endpoint; their rows are enough to see them go.
        UUID taak = internetaak(klantcontact);
        changes.clear();

        api().delete("/onderwerpobjecten/" + onderwerpobject + "?cascade=TRUE")
                .then()
                .statusCode(200)
                .body("behouden", empty());

        api().get("/onderwerpobjecten/" + onderwerpobject).then().statusCode(404);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(404);
        api().get("/betrokkenen/" + betrokkene).then().statusCode(404);
        api().get("/bijlagen/" + bijlage).then().statusCode(404);
        assertThat(jdbc.sql("select count(*) from internetaak where uuid = ?")
                        .param(taak)
                        .query(Long.class)
                        .single())
                .isZero();
        api().get("/klantcontacten/" + anderKlantcontact).then().statusCode(200);
        api().get("/bijlagen/" + andereBijlage).then().statusCode(200);

        assertThat(changes.all())
                .extracting(
                        c -> c.resource().collection(),
                        Change::action,
                        c -> c.uuid().toString())
                .containsExactly(
                        tuple("onderwerpobjecten", Change.Action.DESTROY, onderwerpobject),
                        tuple("betrokkenen", Change.Action.DESTROY, betrokkene),
                        tuple("bijlagen", Change.Action.DESTROY, bijlage),
                        tuple("internetaken", Change.Action.DESTROY, taak.toString()),
                        tuple("klantcontacten", Change.Action.DESTROY, klantcontact));
    }

    /** If-Match of a cascading delete is about the onderwerpobject the client read, not the klantcontacten it takes. */
    @Test
    void cascadeWithIfMatchComparesTheOnderwerpobjectsVersion() {
        String klantcontact = Klantcontacten.registreer(api());
        String onderwerpobject = over(klantcontact, null);
        String etag = api().get("/onderwerpobjecten/" + onderwerpobject).header("ETag");

        api().header("If-Match", "\"verouderd\"")
                .delete("/onderwerpobjecten/" + onderwerpobject + "?cascade=true")
                .then()
                .statusCode(412);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(200);

        api().header("If-Match", etag)
                .delete("/onderwerpobjecten/" + onderwerpobject + "?cascade=true")
                .then()
                .statusCode(200)
                .body("behouden", empty());
        api().get("/onderwerpobjecten/" + onderwerpobject).then().statusCode(404);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(404);
    }

    @Test
    void cascadeKeepsKlantcontactenThatAnotherOnderwerpobjectPointsAt() {
        String klantcontact = Klantcontacten.registreer(api());
        String eerder = Klantcontacten.registreer(api());
        String onderwerpobject = over(klantcontact, eerder);
        // The earlier contact is also the subject of another onderwerpobject; the klantcontact is not.
        String ander = over(eerder, null);

        api().delete("/onderwerpobjecten/" + onderwerpobject + "?cascade=true")
                .then()
                .statusCode(200)
                .body("behouden", contains(klantcontactUrl(eerder)));

        api().get("/klantcontacten/" + klantcontact).then().statusCode(404);
        api().get("/klantcontacten/" + eerder)
                .then()
                .statusCode(200)
                .body("gingOverOnderwerpobjecten.uuid", contains(ander));
        api().get("/onderwerpobjecten/" + ander).then().statusCode(200);
    }

    @Test
    void cascadeKeepsASharedKlantcontactOnEitherSide() {
        String klantcontact = Klantcontacten.registreer(api());
        String eerder = Klantcontacten.registreer(api());
        String onderwerpobject = over(klantcontact, eerder);
        // Each contact is pointed at by another onderwerpobject, through the other reference.
        String eerste = over(null, klantcontact);
        String tweede = over(eerder, null);

        api().delete("/onderwerpobjecten/" + onderwerpobject + "?cascade=true")
                .then()
                .statusCode(200)
                .body("behouden", contains(klantcontactUrl(klantcontact), klantcontactUrl(eerder)));

        api().get("/klantcontacten/" + klantcontact).then().statusCode(200);
        api().get("/klantcontacten/" + eerder).then().statusCode(200);
        api().get("/onderwerpobjecten/" + onderwerpobject).then().statusCode(404);
        api().get("/onderwerpobjecten").then().body("results.uuid", containsInAnyOrder(eerste, tweede));
    }

    @Test
    void cascadeDecidesOnceOnAKlantcontactThatIsBothReferences() {
        String zelfde = Klantcontacten.registreer(api());
        String onderwerpobject = over(zelfde, zelfde);

        api().delete("/onderwerpobjecten/" + onderwerpobject + "?cascade=true")
                .then()
                .statusCode(200)
                .body("behouden", empty());
        api().get("/klantcontacten/" + zelfde).then().statusCode(404);

        String gedeeld = Klantcontacten.registreer(api());
        String tweede = over(gedeeld, gedeeld);
        String ander = over(gedeeld, null);
        api().delete("/onderwerpobjecten/" + tweede + "?cascade=true")
                .then()
                .statusCode(200)
                .body("behouden", contains(klantcontactUrl(gedeeld)));
        api().get("/onderwerpobjecten/" + ander).then().statusCode(200);
    }

    @Test
    void cascadeWithoutKlantcontactenDeletesOnlyTheObject() {
        String klantcontact = Klantcontacten.registreer(api());
        String onderwerpobject = over(null, null);

        api().delete("/onderwerpobjecten/" + onderwerpobject + "?cascade=true")
                .then()
                .statusCode(200)
                .body("behouden", empty());

        api().get("/onderwerpobjecten/" + onderwerpobject).then().statusCode(404);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(200);
    }

    @Test
    void refusesACascadeThatIsNotTrueOrFalseAndDeletesNothing() {
        String klantcontact = Klantcontacten.registreer(api());
        String onderwerpobject = over(klantcontact, null);

        for (String query : new String[] {"cascade=1", "cascade=yes", "cascade=", "cascade=true&cascade=true"}) {
            api().urlEncodingEnabled(false)
                    .delete("/onderwerpobjecten/" + onderwerpobject + "?" + query)
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("cascade"))
                    .body("invalidParams.code", contains("invalid"));
        }
        api().delete("/onderwerpobjecten/" + onderwerpobject + "?force=true")
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("unknown-parameters"));

        api().get("/onderwerpobjecten/" + onderwerpobject).then().statusCode(200);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(200);
        api().delete("/onderwerpobjecten/" + UUID.randomUUID() + "?cascade=true")
                .then()
                .statusCode(404);
    }

    private UUID internetaak(String klantcontact) {
        UUID uuid = UUID.randomUUID();
        jdbc.sql("""
                        insert into internetaak (uuid, gevraagde_handeling, klantcontact_uuid, status, toegewezen_op)
                        values (?, 'Terugbellen', ?, 'te_verwerken', ?)""")
                .params(uuid, UUID.fromString(klantcontact), OffsetDateTime.now())
                .update();
        return uuid;
    }

    private void expect(String query, String... uuids) {
        Queries.finds(api(), "/onderwerpobjecten", query, uuids);
    }
}
