package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code expand} as every endpoint that offers it answers it: the related objects whole, under {@code _expand} and
 * the relation's name, only what was asked for, a dotted path with its parents, and anything else refused by name.
 */
class ExpandIT extends ApiIT {

    private String klantcontact;
    private String partij;
    private String eerste;
    private String tweede;

    @BeforeEach
    void contactWithTwoBetrokkenen() {
        partij = create("/partijen", Bodies.persoon("Fatima", "El Amrani", "111222333"));
        klantcontact = create("/klantcontacten", Bodies.klantcontact());
        eerste = create(
                "/betrokkenen",
                Map.of(
                        "hadKlantcontact",
                        Bodies.ref(klantcontact),
                        "wasPartij",
                        Bodies.ref(partij),
                        "rol",
                        "klant",
                        "initiator",
                        true));
        tweede = create(
                "/betrokkenen",
                Map.of("hadKlantcontact", Bodies.ref(klantcontact), "rol", "vertegenwoordiger", "initiator", false));
    }

    @Test
    void withoutExpandThereIsNoExpandMember() {
        api().get("/klantcontacten/" + klantcontact)
                .then()
                .statusCode(200)
                .body("hadBetrokkenen.uuid", containsInAnyOrder(eerste, tweede))
                .body("$", not(hasKey("_expand")));
    }

    @Test
    void aToManyRelationIsTheObjectsWholeInTheOrderOfTheReferences() {
        List<String> referenced =
                api().get("/klantcontacten/" + klantcontact).then().extract().path("hadBetrokkenen.uuid");

        api().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen")
                .then()
                .statusCode(200)
                .body("_expand.keySet()", contains("hadBetrokkenen"))
                .body("_expand.hadBetrokkenen.uuid", equalTo(referenced))
                .body("_expand.hadBetrokkenen.rol", hasItems("klant", "vertegenwoordiger"))
                .body("_expand.hadBetrokkenen[0].url", endsWith("/betrokkenen/" + referenced.getFirst()));
    }

    @Test
    void aDottedPathIncludesItsParentAndAnEmptyToOneIsNull() {
        api().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen.wasPartij")
                .then()
                .statusCode(200)
                .body("_expand.hadBetrokkenen.uuid", hasItems(eerste, tweede))
                .body(
                        "_expand.hadBetrokkenen.find { it.uuid == '" + eerste + "' }._expand.wasPartij.uuid",
                        equalTo(partij))
                .body("_expand.hadBetrokkenen.find { it.uuid == '" + tweede + "' }._expand", hasKey("wasPartij"))
                .body("_expand.hadBetrokkenen.find { it.uuid == '" + tweede + "' }._expand.wasPartij", nullValue());
    }

    @Test
    void aListExpandsEveryObjectOfThePage() {
        String zonder = create("/klantcontacten", Bodies.klantcontact());

        api().get("/klantcontacten?expand=hadBetrokkenen")
                .then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body(
                        "results.find { it.uuid == '" + klantcontact + "' }._expand.hadBetrokkenen.uuid",
                        containsInAnyOrder(eerste, tweede))
                .body("results.find { it.uuid == '" + zonder + "' }._expand.hadBetrokkenen", empty());
    }

    @Test
    void valuesAreCommaSeparatedOrRepeated() {
        api().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen,gingOverOnderwerpobjecten")
                .then()
                .statusCode(200)
                .body("_expand.keySet()", containsInAnyOrder("hadBetrokkenen", "gingOverOnderwerpobjecten"))
                .body("_expand.gingOverOnderwerpobjecten", empty());
        api().queryParam("expand", "hadBetrokkenen")
                .queryParam("expand", "omvatteBijlagen")
                .get("/klantcontacten/" + klantcontact)
                .then()
                .statusCode(200)
                .body("_expand.keySet()", containsInAnyOrder("hadBetrokkenen", "omvatteBijlagen"));
    }

    @Test
    void aPathTheEndpointDoesNotOfferIsRefusedByName() {
        api().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen,wasPartij")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("expand"))
                .body("invalidParams.code", contains("invalid_choice"))
                .body("invalidParams[0].reason", containsString("wasPartij"));
        api().get("/klantcontacten?expand=hadBetrokkenen.wasPartij.betrokkenen")
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("invalid_choice"));
    }

    @Test
    void anEndpointWithoutRelationsToExpandDoesNotKnowTheParameter() {
        api().get("/rekeningnummers?expand=partij")
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("unknown-parameters"))
                .body("invalidParams[0].reason", containsString("expand"));
    }

    private String create(String path, Map<String, Object> body) {
        return api().body(body).post(path).then().statusCode(201).extract().path("uuid");
    }
}
