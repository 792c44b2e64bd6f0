package nl.kcc.klantinteracties.security.hidden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A reference from an object the caller may see to one it may not is as if it were not there: null for a single
 * reference, left out of a list; in details, lists, expansions, the klantbeeld and the answers to writes alike.
 */
class HiddenReferencesIT extends HiddenObjectsIT {

    @Test
    void everyListWithEveryExpansionLeavesThemOut() {
        int lists = 0;
        for (var path : openApi().path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (path.getKey().contains("{")
                    || get.isMissingNode()
                    || !get.path("parameters").isArray()) {
                continue;
            }
            var expand = new ArrayList<String>();
            for (JsonNode parameter : get.path("parameters")) {
                if (parameter.path("name").asString().equals("expand")) {
                    parameter.path("schema").path("items").path("enum").forEach(e -> expand.add(e.asString()));
                }
            }
            String uri =
                    path.getKey() + "?pageSize=100" + (expand.isEmpty() ? "" : "&expand=" + String.join(",", expand));
            String body = asCaller().get(uri).then().statusCode(200).extract().asString();
            assertNoSecrets(body, uri);
            lists++;
        }
        assertThat(lists).isGreaterThan(10);
    }

    @Test
    void everyDetailWithEveryExpansionAndTheKlantbeeldLeaveThemOut() {
        var expansions = new java.util.HashMap<String, String>();
        for (var path : openApi().path("paths").properties()) {
            if (!path.getKey().matches("/[a-z-]+/\\{uuid\\}")) {
                continue;
            }
            var expand = new ArrayList<String>();
            for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
                if (parameter.path("name").asString().equals("expand")) {
                    parameter.path("schema").path("items").path("enum").forEach(e -> expand.add(e.asString()));
                }
            }
            if (!expand.isEmpty()) {
                expansions.put(path.getKey().split("/")[1], String.join(",", expand));
            }
        }
        assertThat(expansions).containsKeys("partijen", "klantcontacten", "digitaleadressen");
        fixture.visible().forEach((collection, uuids) -> {
            for (String uuid : uuids) {
                String uri = "/" + collection + "/" + uuid
                        + (expansions.containsKey(collection) ? "?expand=" + expansions.get(collection) : "");
                String body =
                        asCaller().get(uri).then().statusCode(200).extract().asString();
                assertNoSecrets(body, uri);
            }
        });
        String klantbeeld = rawAsCaller()
                .get("/partijen/" + fixture.partij + "/klantbeeld")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertNoSecrets(klantbeeld, "klantbeeld");
    }

    @Test
    void eachReferenceIsNullOrLeftOutForTheCallerAndThereForTheScope() {
        asCaller()
                .get("/betrokkenen/" + fixture.betrokkeneVanGeheimePartij)
                .then()
                .body("wasPartij", nullValue());
        api().get("/betrokkenen/" + fixture.betrokkeneVanGeheimePartij).then().body("wasPartij", notNullValue());

        asCaller().get("/onderwerpobjecten/" + fixture.onderwerpobject).then().body("wasKlantcontact", nullValue());
        api().get("/onderwerpobjecten/" + fixture.onderwerpobject).then().body("wasKlantcontact", notNullValue());

        asCaller()
                .get("/digitaleadressen/" + fixture.adresViaGeheimeBetrokkene)
                .then()
                .body("verstrektDoorBetrokkene", nullValue());
        api().get("/digitaleadressen/" + fixture.adresViaGeheimeBetrokkene)
                .then()
                .body("verstrektDoorBetrokkene.uuid", org.hamcrest.Matchers.equalTo(fixture.geheimeBetrokkene));

        asCaller()
                .get("/partijen/" + fixture.partij)
                .then()
                .body("betrokkenen.uuid", not(hasItem(fixture.geheimeBetrokkene)))
                .body("vertegenwoordigden", empty());
        api().get("/partijen/" + fixture.partij)
                .then()
                .body("betrokkenen.uuid", hasItem(fixture.geheimeBetrokkene))
                .body("vertegenwoordigden.uuid", contains(fixture.geheimePartij));

        // Nothing is expanded through a reference that is not there.
        asCaller()
                .get("/klantcontacten/" + fixture.klantcontact + "?expand=hadBetrokkenen.wasPartij")
                .then()
                .body("_expand.hadBetrokkenen[0].wasPartij", nullValue())
                .body("_expand.hadBetrokkenen[0]._expand.wasPartij", nullValue());
    }

    @Test
    void writeAnswersLeaveThemOutAndKeepWhatTheCallerCannotSee() {
        var writes = List.of(
                List.of("/betrokkenen/" + fixture.betrokkeneVanGeheimePartij, "{\"rol\": \"klant\"}"),
                List.of("/onderwerpobjecten/" + fixture.onderwerpobject, "{}"),
                List.of("/digitaleadressen/" + fixture.adresViaGeheimeBetrokkene, "{\"omschrijving\": \"Mobiel\"}"),
                List.of("/partijen/" + fixture.partij, "{\"voorkeurstaal\": \"nld\"}"),
                List.of("/klantcontacten/" + fixture.klantcontact, "{\"kanaal\": \"telefoon\"}"));
        for (var write : writes) {
            // The entity tag the caller was shown is the one its change must name.
            String etag = asCaller()
                    .get(write.get(0))
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            String body = asCaller()
                    .header("If-Match", etag)
                    .body(write.get(1))
                    .patch(write.get(0))
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertNoSecrets(body, "PATCH " + write.get(0));
        }
        // What it could not see is still there.
        api().get("/betrokkenen/" + fixture.betrokkeneVanGeheimePartij)
                .then()
                .body("wasPartij.uuid", org.hamcrest.Matchers.equalTo(fixture.geheimePartij));
        api().get("/onderwerpobjecten/" + fixture.onderwerpobject)
                .then()
                .body("wasKlantcontact.uuid", org.hamcrest.Matchers.equalTo(fixture.geheimContact));

        String created = asCaller()
                .body(Map.of(
                        "hadKlantcontact",
                        Map.of("uuid", fixture.klantcontact),
                        "wasPartij",
                        Map.of("uuid", fixture.partij),
                        "rol",
                        "klant",
                        "initiator",
                        false))
                .post("/betrokkenen")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        assertNoSecrets(created, "POST /betrokkenen");
    }
}
