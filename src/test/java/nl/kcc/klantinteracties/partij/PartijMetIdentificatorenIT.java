package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** The partijIdentificatoren written with a partij: their rules, replacing them, and vestigingen under a
 * kvk_nummer. */
class PartijMetIdentificatorenIT extends ApiIT {

    @Test
    void registersNestedIdentificatorenWithThePartij() {
        String uuid = api().body(with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("partijIdentificatoren", hasSize(1))
                .body("partijIdentificatoren[0].uuid", matchesPattern("[0-9a-f-]{36}"))
                .body("partijIdentificatoren[0].url", containsString("/partij-identificatoren/"))
                .body("partijIdentificatoren[0].anderePartijIdentificator", equalTo(""))
                .body("partijIdentificatoren[0].partijIdentificator", equalTo(bsnGroep(BSN)))
                .body("partijIdentificatoren[0].subIdentificatorVan", nullValue())
                .extract()
                .path("uuid");
        api().get("/partijen/" + uuid).then().body("partijIdentificatoren[0].identificeerdePartij.uuid", equalTo(uuid));
        api().get("/partij-identificatoren").then().body("count", equalTo(1));

        var geen = new LinkedHashMap<>(persoon("Piet", "Pietersen"));
        geen.put("partijIdentificatoren", null);
        api().body(geen).post("/partijen").then().statusCode(201).body("partijIdentificatoren", empty());
    }

    @Test
    void refusesNestedIdentificatorenThatBreakTheRulesAndStoresNothing() {
        String andere = registreer(api(), persoon("Piet", "Pietersen"));

        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(Map.of("partijIdentificator", bsnGroep(BSN), "identificeerdePartij", ref(andere)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.identificeerdePartij"))
                .body("invalidParams.code", contains("invalid"));

        api().body(with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(Map.of())))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.0.partijIdentificator"))
                .body("invalidParams.code", contains("required"));

        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(
                                item(kvkGroep(KVK)),
                                item(bsnGroep("123456789")),
                                item(vestigingGroep(VESTIGINGSNUMMER)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        contains(
                                "partijIdentificatoren.1.partijIdentificatorObjectId",
                                "partijIdentificatoren.2.subIdentificatorVan"))
                .body("invalidParams.code", contains("invalid", "invalid"));

        // Two items with the same number, or of the same kind.
        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(item(bsnGroep(BSN)), item(bsnGroep(BSN)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                // The reference names a clash as its database does, whichever item has it.
                .body("invalidParams.name", contains("__all__", "__all__"))
                .body("invalidParams.code", contains("invalid", "invalid"));
        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(item(bsnGroep(BSN)), item(bsnGroep(BSN_2)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));

        // A number another partij has.
        registreer(api(), PARTIJ_IDENTIFICATOREN, Partijen.identificator(andere, bsnGroep(BSN)));
        api().body(with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("__all__"))
                .body("invalidParams.code", contains("invalid"));

        api().get("/partijen").then().body("count", equalTo(1));
        api().get(PARTIJ_IDENTIFICATOREN).then().body("count", equalTo(1));
    }

    @Test
    void anUpdateReplacesTheNestedIdentificatoren() {
        String uuid = registreer(
                api(), with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))));
        String bsn = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[0].uuid");

        // An item with its uuid is updated in place; one without is new.
        var bijgewerkt = Map.of("uuid", bsn, "partijIdentificator", bsnGroep(BSN_2), "identificeerdePartij", ref(uuid));
        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(bijgewerkt, item(groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", hasSize(2))
                .body("partijIdentificatoren[0].uuid", equalTo(bsn))
                .body("partijIdentificatoren[0].partijIdentificator.objectId", equalTo(BSN_2))
                .body("partijIdentificatoren[1].partijIdentificator.objectId", equalTo(RSIN));

        // Items without a uuid are new, even with the same values: the old one goes.
        String rsin = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[1].uuid");
        api().body(with(
                        persoon("Jan", "Jansen"),
                        "partijIdentificatoren",
                        List.of(item(groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", hasSize(1))
                .body("partijIdentificatoren[0].uuid", not(equalTo(rsin)))
                .body("partijIdentificatoren[0].partijIdentificator.objectId", equalTo(RSIN));
        api().get(PARTIJ_IDENTIFICATOREN + "/" + bsn).then().statusCode(404);
        api().get(PARTIJ_IDENTIFICATOREN + "/" + rsin).then().statusCode(404);

        // Absent or null: unchanged. Empty: none.
        api().body(Map.of("interneNotitie", "x"))
                .patch("/partijen/" + uuid)
                .then()
                .body("partijIdentificatoren", hasSize(1));
        var geen = new LinkedHashMap<String, Object>();
        geen.put("partijIdentificatoren", null);
        api().body(geen).patch("/partijen/" + uuid).then().statusCode(200).body("partijIdentificatoren", hasSize(1));
        api().body(Map.of("partijIdentificatoren", List.of()))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", empty());
        api().get(PARTIJ_IDENTIFICATOREN).then().body("count", equalTo(0));
    }

    @Test
    void refusesUnknownAndRepeatedNestedUuidsAndItemsOfAnotherPartij() {
        String uuid = registreer(
                api(), with(persoon("Jan", "Jansen"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))));
        String bsn = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[0].uuid");
        String andere = registreer(api(), persoon("Piet", "Pietersen"));

        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(Map.of("uuid", ONBEKEND, "partijIdentificator", bsnGroep(BSN)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.0.uuid"))
                .body("invalidParams.code", contains("invalid"));
        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(
                                Map.of("uuid", bsn, "partijIdentificator", bsnGroep(BSN)),
                                Map.of("uuid", bsn, "partijIdentificator", bsnGroep(BSN)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.identificeerdePartij"))
                .body("invalidParams.code", contains("duplicated"));
        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "uuid",
                                bsn,
                                "partijIdentificator",
                                bsnGroep(BSN),
                                "identificeerdePartij",
                                ref(andere)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.identificeerdePartij"));
        api().body(Map.of(
                        "partijIdentificatoren", List.of(Map.of("uuid", "bsn", "partijIdentificator", bsnGroep(BSN)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.0.uuid"));
        api().get("/partijen/" + uuid).then().body("partijIdentificatoren.uuid", contains(bsn));

        // An identificator of another partij named by its uuid moves to this one, as in the standard's reference.
        api().body(Map.of("partijIdentificatoren", List.of(Map.of("uuid", bsn, "partijIdentificator", bsnGroep(BSN)))))
                .patch("/partijen/" + andere)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren.uuid", contains(bsn));
        api().get("/partijen/" + uuid).then().body("partijIdentificatoren", empty());
    }

    @Test
    void aVestigingIsAddedUnderTheKvkNummerInOneRequest() {
        String uuid =
                registreer(api(), with(organisatie("Bakkerij"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));
        String kvk = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[0].uuid");

        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(
                                Map.of("uuid", kvk, "partijIdentificator", kvkGroep(KVK)),
                                Map.of(
                                        "partijIdentificator",
                                        vestigingGroep(VESTIGINGSNUMMER),
                                        "subIdentificatorVan",
                                        ref(kvk)))))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", hasSize(2))
                .body("partijIdentificatoren[1].subIdentificatorVan.uuid", equalTo(kvk));

        // Both go together: nothing is left under the KvK-nummer.
        api().body(Map.of("partijIdentificatoren", List.of()))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren", empty());
    }

    @Test
    void aPartijGoesWithTheVestigingenUnderItsOwnKvkNummer() {
        String uuid =
                registreer(api(), with(organisatie("Bakkerij"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));
        String kvk = api().get("/partijen/" + uuid).then().extract().path("partijIdentificatoren[0].uuid");
        api().body(Map.of(
                        "identificeerdePartij", ref(uuid),
                        "partijIdentificator", vestigingGroep(VESTIGINGSNUMMER),
                        "subIdentificatorVan", ref(kvk)))
                .post(PARTIJ_IDENTIFICATOREN)
                .then()
                .statusCode(201);

        api().delete("/partijen/" + uuid).then().statusCode(204);
        api().get(PARTIJ_IDENTIFICATOREN).then().body("count", equalTo(0));
    }

    @Test
    void anUpdateCannotDeleteAKvkNummerAnotherPartijsVestigingHangsUnder() {
        String organisatie =
                registreer(api(), with(organisatie("Bakkerij"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));
        String kvk = api().get("/partijen/" + organisatie).then().extract().path("partijIdentificatoren[0].uuid");
        String vestiging = registreer(
                api(),
                with(
                        organisatie("Bakkerij, filiaal Oost"),
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "partijIdentificator",
                                vestigingGroep(VESTIGINGSNUMMER),
                                "subIdentificatorVan",
                                ref(kvk)))));

        api().body(with(
                        organisatie("Bakkerij"),
                        "interneNotitie",
                        "gewijzigd",
                        "partijIdentificatoren",
                        List.of(item(groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))))
                .put("/partijen/" + organisatie)
                .then()
                .statusCode(409)
                .body("code", equalTo("conflict"))
                .body("detail", containsString(KVK));
        api().body(Map.of("partijIdentificatoren", List.of()))
                .patch("/partijen/" + organisatie)
                .then()
                .statusCode(409);
        // Changing the kind of the KvK-nummer is refused as for the identificator itself.
        api().body(Map.of(
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "uuid",
                                kvk,
                                "partijIdentificator",
                                groep("niet_natuurlijk_persoon", "rsin", RSIN, "hr")))))
                .patch("/partijen/" + organisatie)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("partijIdentificatoren.0.partijIdentificatorCodeSoortObjectId"));

        api().get("/partijen/" + organisatie)
                .then()
                .body("interneNotitie", equalTo(""))
                .body("partijIdentificatoren.uuid", contains(kvk));
        api().get("/partijen/" + vestiging)
                .then()
                .body("partijIdentificatoren[0].subIdentificatorVan.uuid", equalTo(kvk));

        // Deleting the organisatie would delete its KvK-nummer too.
        api().delete("/partijen/" + organisatie).then().statusCode(409).body("code", equalTo("conflict"));
        api().get("/partijen/" + organisatie).then().statusCode(200);
    }
}
