package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class PartijIdentificatorIT extends ApiIT {

    private static final String ONBEKEND = "01a2230f-dc1e-70f6-9769-5cfc8e86f2fd";
    private static final String PATH = "/partij-identificatoren";

    private String identificator(String partij, Map<String, Object> groep) {
        return registreer(api(), PATH, Partijen.identificator(partij, groep));
    }

    private Map<String, Object> withSub(Map<String, Object> body, String sub) {
        var changed = new LinkedHashMap<>(body);
        changed.put("subIdentificatorVan", sub == null ? null : ref(sub));
        return changed;
    }

    @Test
    void registersAnIdentificatorOfAPartijAndShowsIt() {
        String partij = registreer(api(), persoon("Jan", "Jansen"));

        String url = api().body(Partijen.identificator(partij, bsnGroep(BSN)))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1" + PATH + "/"))
                .body("identificeerdePartij.uuid", equalTo(partij))
                .body(
                        "identificeerdePartij.url",
                        equalTo("http://localhost:" + port + "/klantinteracties/api/v1/partijen/" + partij))
                .body("anderePartijIdentificator", equalTo(""))
                .body(
                        "partijIdentificator",
                        equalTo(Map.of(
                                "codeObjecttype", "natuurlijk_persoon",
                                "codeSoortObjectId", "bsn",
                                "objectId", BSN,
                                "codeRegister", "brp")))
                .body("$", hasKey("subIdentificatorVan"))
                .body("subIdentificatorVan", nullValue())
                .body("$", not(hasKey("_expand")))
                .extract()
                .path("url");

        String uuid = api().get(url).then().statusCode(200).extract().path("uuid");
        api().get("/partijen/" + partij)
                .then()
                .body("partijIdentificatoren.uuid", contains(uuid))
                .body("partijIdentificatoren[0].url", equalTo(url))
                .body("partijIdentificatoren[0].partijIdentificator.objectId", equalTo(BSN));
    }

    @Test
    void anIdentificatorNeedNotIdentifyAPartijYet() {
        api().body(Map.of("partijIdentificator", kvkGroep(KVK)))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("$", hasKey("identificeerdePartij"))
                .body("identificeerdePartij", nullValue());
        api().body(Partijen.identificator(null, bsnGroep(BSN)))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("identificeerdePartij", nullValue());
    }

    @Test
    void needsAllFourPartsWithTheStandardsValues() {
        api().body(Map.of())
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificator"))
                .body("invalidParams.code", contains("required"));

        api().body(Map.of("partijIdentificator", Map.of()))
                .post(PATH)
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "partijIdentificator.codeObjecttype",
                                "partijIdentificator.codeSoortObjectId",
                                "partijIdentificator.objectId",
                                "partijIdentificator.codeRegister"))
                .body("invalidParams.code", everyItem(equalTo("required")));

        api().body(Map.of("partijIdentificator", groep("test", "test", "", "test")))
                .post(PATH)
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "partijIdentificator.codeObjecttype",
                                "partijIdentificator.codeSoortObjectId",
                                "partijIdentificator.objectId",
                                "partijIdentificator.codeRegister"))
                .body("invalidParams.code", contains("invalid_choice", "invalid_choice", "blank", "invalid_choice"));

        api().body(Map.of("partijIdentificator", "bsn"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificator.nonFieldErrors"));

        api().body(Map.of("partijIdentificator", bsnGroep(BSN), "identificeerdePartij", ref(ONBEKEND)))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("identificeerdePartij.uuid"))
                .body("invalidParams.code", contains("invalid"));

        api().get(PATH).then().body("count", equalTo(0));
    }

    @Test
    void allowsOnlyTheCombinationsOfTheRegisters() {
        api().body(Map.of("partijIdentificator", groep("niet_natuurlijk_persoon", "rsin", RSIN, "brp")))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatorCodeObjecttype"))
                .body("invalidParams.code", contains("invalid"));

        api().body(Map.of("partijIdentificator", groep("natuurlijk_persoon", "kvk_nummer", KVK, "brp")))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatorCodeSoortObjectId"))
                .body("invalidParams.code", contains("invalid"));

        api().body(Map.of("partijIdentificator", groep("vestiging", "bsn", BSN, "brp")))
                .post(PATH)
                .then()
                .statusCode(400)
                // The reference stops at the first broken rule of the combination.
                .body("invalidParams.name", contains("partijIdentificatorCodeObjecttype"));
        api().get(PATH).then().body("count", equalTo(0));

        identificator(null, groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr"));
        identificator(null, kvkGroep(KVK));
        identificator(null, bsnGroep(BSN));
        api().get(PATH).then().body("count", equalTo(3));
    }

    @Test
    void checksTheNumberOfEachKind() {
        for (var groep : List.of(
                bsnGroep("123456789"),
                bsnGroep("12"),
                bsnGroep("11122233a"),
                bsnGroep("000000000"),
                groep("niet_natuurlijk_persoon", "rsin", "002564441", "hr"),
                kvkGroep("1234567"),
                kvkGroep("1234567a"),
                kvkGroep("123456789"))) {
            api().body(Map.of("partijIdentificator", groep))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("partijIdentificatorObjectId"))
                    .body("invalidParams.code", contains("invalid"));
        }
        String kvk = identificator(null, kvkGroep(KVK));
        api().body(withSub(Map.of("partijIdentificator", vestigingGroep("00001234567")), kvk))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatorObjectId"));
        api().get(PATH).then().body("count", equalTo(1));
    }

    @Test
    void aVestigingsnummerHangsUnderAKvkNummer() {
        String kvk = identificator(registreer(api(), organisatie("Bakkerij De Korst")), kvkGroep(KVK));
        String bsn = identificator(null, bsnGroep(BSN));
        var vestiging = Map.<String, Object>of("partijIdentificator", vestigingGroep(VESTIGINGSNUMMER));

        api().body(vestiging)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("subIdentificatorVan"))
                .body("invalidParams.code", contains("invalid"));
        api().body(withSub(vestiging, bsn))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("subIdentificatorVan"))
                .body("invalidParams.code", contains("invalid"));
        api().body(withSub(vestiging, ONBEKEND))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("subIdentificatorVan.uuid"))
                .body("invalidParams.code", contains("invalid"));

        String url = api().body(withSub(vestiging, kvk))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("subIdentificatorVan.uuid", equalTo(kvk))
                .body("subIdentificatorVan.url", endsWith(PATH + "/" + kvk))
                .extract()
                .path("url");

        api().body(Map.of("subIdentificatorVan", Map.of()))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("subIdentificatorVan.uuid"))
                .body("invalidParams.code", contains("required"));
        var zonder = new LinkedHashMap<String, Object>();
        zonder.put("subIdentificatorVan", null);
        api().body(zonder)
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("subIdentificatorVan"))
                .body("invalidParams.code", contains("invalid"));
        api().get(url).then().body("subIdentificatorVan.uuid", equalTo(kvk));
    }

    @Test
    void otherIdentificatorsMayHangUnderOneToo() {
        // The standard's reference allows a BSN under a KvK-nummer, e.g. the owner of an eenmanszaak.
        String kvk = identificator(null, kvkGroep(KVK));
        api().body(withSub(Map.of("partijIdentificator", bsnGroep(BSN)), kvk))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("subIdentificatorVan.uuid", equalTo(kvk));
    }

    @Test
    void anIdentificatorDoesNotHangUnderItself() {
        String a = identificator(null, kvkGroep(KVK));
        String b = identificator(null, kvkGroep(KVK_2));

        api().body(Map.of("subIdentificatorVan", ref(a)))
                .patch(PATH + "/" + a)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("subIdentificatorVan"))
                .body("invalidParams.code", contains("invalid"));

        api().body(Map.of("subIdentificatorVan", ref(b)))
                .patch(PATH + "/" + a)
                .then()
                .statusCode(200);
        api().body(Map.of("subIdentificatorVan", ref(a)))
                .patch(PATH + "/" + b)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("subIdentificatorVan"))
                .body("invalidParams.code", contains("invalid"));
        api().get(PATH + "/" + b).then().body("subIdentificatorVan", nullValue());
    }

    @Test
    void aNumberIdentifiesOnePartij() {
        String jan = registreer(api(), persoon("Jan", "Jansen"));
        String piet = registreer(api(), persoon("Piet", "Pietersen"));
        identificator(jan, bsnGroep(BSN));

        api().body(Partijen.identificator(piet, bsnGroep(BSN)))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));
        api().body(Partijen.identificator(null, bsnGroep(BSN)))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));
        api().get(PATH + "?partijIdentificatorObjectId=" + BSN).then().body("count", equalTo(1));

        // An update onto another's values clashes just the same.
        String other = identificator(piet, bsnGroep(BSN_2));
        api().body(Partijen.identificator(piet, bsnGroep(BSN)))
                .put(PATH + "/" + other)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));
        // Its own values are no clash.
        api().body(Partijen.identificator(piet, bsnGroep(BSN_2)))
                .put(PATH + "/" + other)
                .then()
                .statusCode(200);
    }

    @Test
    void aPartijHasEachKindOfNumberOnce() {
        String jan = registreer(api(), persoon("Jan", "Jansen"));
        identificator(jan, bsnGroep(BSN));

        api().body(Partijen.identificator(jan, bsnGroep(BSN_2)))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));

        String los = identificator(null, bsnGroep(BSN_2));
        api().body(Map.of("identificeerdePartij", ref(jan)))
                .patch(PATH + "/" + los)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));

        // Another kind is fine.
        identificator(jan, groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr"));
        api().get("/partijen/" + jan).then().body("partijIdentificatoren", hasSize(2));
    }

    @Test
    void theSameVestigingsnummerMayHangUnderTwoKvkNummers() {
        String kvk1 = identificator(null, kvkGroep(KVK));
        String kvk2 = identificator(null, kvkGroep(KVK_2));
        var vestiging = Map.<String, Object>of("partijIdentificator", vestigingGroep(VESTIGINGSNUMMER));
        registreer(api(), PATH, withSub(vestiging, kvk1));
        registreer(api(), PATH, withSub(vestiging, kvk2));

        api().body(withSub(vestiging, kvk1))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));
    }

    @Test
    void aKvkNummerWithVestigingenUnderItCannotBeDeleted() {
        String kvk = identificator(registreer(api(), organisatie("Bakkerij De Korst")), kvkGroep(KVK));
        String vestiging =
                registreer(api(), PATH, withSub(Map.of("partijIdentificator", vestigingGroep(VESTIGINGSNUMMER)), kvk));

        api().delete(PATH + "/" + kvk)
                .then()
                .statusCode(409)
                .body("code", equalTo("conflict"))
                .body("detail", containsString(KVK));
        api().get(PATH + "/" + kvk).then().statusCode(200);

        api().delete(PATH + "/" + vestiging).then().statusCode(204);
        api().delete(PATH + "/" + kvk).then().statusCode(204);
        api().get(PATH + "/" + kvk).then().statusCode(404);
        api().delete(PATH + "/" + kvk).then().statusCode(404);
    }

    @Test
    void theKindOfAnIdentificatorOthersHangUnderCannotChange() {
        String kvk = identificator(null, kvkGroep(KVK));
        registreer(api(), PATH, withSub(Map.of("partijIdentificator", vestigingGroep(VESTIGINGSNUMMER)), kvk));

        api().body(Map.of("partijIdentificator", groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))
                .put(PATH + "/" + kvk)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatorCodeSoortObjectId"))
                .body("invalidParams.code", contains("invalid"));

        // Its number may be corrected.
        api().body(Map.of("partijIdentificator", kvkGroep(KVK_2)))
                .patch(PATH + "/" + kvk)
                .then()
                .statusCode(200)
                .body("partijIdentificator.objectId", equalTo(KVK_2));
    }

    @Test
    void putNeedsTheIdentificatorAndKeepsWhatItLeavesOut() {
        String partij = registreer(api(), persoon("Jan", "Jansen"));
        var body = new LinkedHashMap<>(Partijen.identificator(partij, bsnGroep(BSN)));
        body.put("anderePartijIdentificator", "klantnummer 12");
        String url =
                api().body(body).post(PATH).then().statusCode(201).extract().path("url");

        api().body(Map.of("anderePartijIdentificator", "x"))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificator"))
                .body("invalidParams.code", contains("required"));

        api().body(Map.of("partijIdentificator", bsnGroep(BSN_2)))
                .put(url)
                .then()
                .statusCode(200)
                .body("partijIdentificator.objectId", equalTo(BSN_2))
                .body("anderePartijIdentificator", equalTo("klantnummer 12"))
                .body("identificeerdePartij.uuid", equalTo(partij));

        api().body(Map.of("anderePartijIdentificator", "klantnummer 13"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("anderePartijIdentificator", equalTo("klantnummer 13"))
                .body("partijIdentificator.objectId", equalTo(BSN_2));

        // A group is sent whole, also in a PATCH.
        api().body(Map.of("partijIdentificator", Map.of("objectId", BSN)))
                .patch(url)
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "partijIdentificator.codeObjecttype",
                                "partijIdentificator.codeSoortObjectId",
                                "partijIdentificator.codeRegister"));

        var los = new LinkedHashMap<String, Object>();
        los.put("identificeerdePartij", null);
        api().body(los).patch(url).then().statusCode(200).body("identificeerdePartij", nullValue());
        api().get("/partijen/" + partij).then().body("partijIdentificatoren", empty());

        // The uuid in the body is ignored: the path names the object.
        api().body(Map.of("uuid", ONBEKEND, "anderePartijIdentificator", ""))
                .patch(url)
                .then()
                .statusCode(200)
                .body("url", equalTo(url));
    }

    @Test
    void filtersOnEachPartOfTheIdentificator() {
        String bsn = identificator(null, bsnGroep(BSN));
        String kvk = identificator(null, kvkGroep(KVK));
        String vestiging =
                registreer(api(), PATH, withSub(Map.of("partijIdentificator", vestigingGroep(VESTIGINGSNUMMER)), kvk));
        var andere = new LinkedHashMap<>(Map.<String, Object>of("partijIdentificator", bsnGroep(BSN_2)));
        andere.put("anderePartijIdentificator", "relatie-7");
        String metAndere = registreer(api(), PATH, andere);

        Queries.finds(api(), PATH, "", metAndere, vestiging, kvk, bsn);
        Queries.finds(api(), PATH, "partijIdentificatorCodeSoortObjectId=kvk_nummer", kvk);
        Queries.finds(api(), PATH, "partijIdentificatorCodeObjecttype=vestiging", vestiging);
        Queries.finds(api(), PATH, "partijIdentificatorCodeRegister=hr", vestiging, kvk);
        Queries.finds(api(), PATH, "partijIdentificatorCodeRegister=brp&partijIdentificatorObjectId=" + BSN, bsn);
        Queries.finds(api(), PATH, "partijIdentificatorObjectId=test");
        Queries.finds(api(), PATH, "anderePartijIdentificator=relatie-7", metAndere);

        Queries.refuses(
                api(),
                PATH,
                "partijIdentificatorCodeSoortObjectId=kvk",
                "partijIdentificatorCodeSoortObjectId",
                "invalid_choice");
        Queries.refuses(
                api(),
                PATH,
                "partijIdentificatorCodeObjecttype=persoon",
                "partijIdentificatorCodeObjecttype",
                "invalid_choice");
        Queries.refuses(
                api(),
                PATH,
                "partijIdentificatorCodeRegister=kvk",
                "partijIdentificatorCodeRegister",
                "invalid_choice");
        Queries.refuses(api(), PATH, "partijIdentificator__objectId=" + BSN, "nonFieldErrors", "unknown-parameters");
    }

    /**
     * Open Klant's {@code test_invalid_vestigingsnummer_and_kvk_nummer_combination_unique}: a vestigingsnummer the
     * partij already has under the same KvK-nummer breaks both clash rules, reported in the reference's order.
     */
    @Test
    void bothClashesAreReportedInTheReferencesOrder() {
        String partij = registreer(api(), organisatie("Bakkerij De Korst"));
        String kvk = identificator(partij, kvkGroep(KVK));
        var vestiging =
                new LinkedHashMap<String, Object>(Partijen.identificator(partij, vestigingGroep(VESTIGINGSNUMMER)));
        registreer(api(), PATH, withSub(vestiging, kvk));

        api().body(withSub(vestiging, kvk))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__", "__all__"))
                .body("invalidParams.code", contains("invalid", "invalid"))
                .body("invalidParams[0].reason", containsString("codeSoortObjectId"))
                .body("invalidParams[1].reason", containsString("een nummer identificeert"));
    }
}
