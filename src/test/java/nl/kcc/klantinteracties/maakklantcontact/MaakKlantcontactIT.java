package nl.kcc.klantinteracties.maakklantcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.*;

import io.restassured.response.Response;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.Klantcontacten;
import nl.kcc.klantinteracties.klantcontact.PublishedChanges;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MaakKlantcontactIT extends ApiIT {

    private static final String KLANTCONTACT = """
            {"kanaal": "telefoon", "onderwerp": "Parkeervergunning", "taal": "nld", "vertrouwelijk": false,
             "nummer": "4711", "plaatsgevondenOp": "2024-03-01T10:00:00+01:00"}""";

    @Autowired
    private PublishedChanges changes;

    @BeforeEach
    void forgetEarlierChanges() {
        changes.clear();
    }

    private Response maak(String body) {
        return api().body(body).post("/maak-klantcontact");
    }

    /**
     * The standard's schema of this answer does not allow a part to be null, but its reference implementation answers
     * null for a part that was not sent, and so does the register: such an answer is checked here, not by the
     * contract.
     */
    private Response maakZonderContractcontrole(String body) {
        return api().noFilters().body(body).post("/maak-klantcontact");
    }

    private void nothingStored() {
        api().get("/klantcontacten").then().body("count", equalTo(0));
        api().get("/betrokkenen").then().body("count", equalTo(0));
        api().get("/onderwerpobjecten").then().body("count", equalTo(0));
        assertThat(changes.all()).isEmpty();
    }

    @Test
    void registersAKlantcontactWithItsBetrokkeneAndOnderwerpobject() {
        Response response = maak("""
                {"klantcontact": %s,
                 "betrokkene": {"hadKlantcontact": "foobar", "rol": "klant", "initiator": true,
                                "contactnaam": {"voornaam": "Els", "achternaam": "Jansen"},
                                "bezoekadres": {"postcode": "1234 AB", "huisnummer": 5}},
                 "onderwerpobject": {"klantcontact": "foobar",
                                     "onderwerpobjectidentificator": {"objectId": "ZAAK-9", "codeObjecttype": "zaak"}}}""".formatted(KLANTCONTACT));

        response.then()
                .statusCode(201)
                .header("Location", nullValue())
                .body("klantcontact.kanaal", equalTo("telefoon"))
                .body("klantcontact.nummer", equalTo("4711"))
                .body("klantcontact.plaatsgevondenOp", equalTo("2024-03-01T09:00:00Z"))
                .body("betrokkene.rol", equalTo("klant"))
                .body("betrokkene.volledigeNaam", equalTo("Els Jansen"))
                .body("betrokkene.bezoekadres.huisnummer", equalTo(5))
                .body("betrokkene.correspondentieadres.postcode", equalTo(""))
                .body("onderwerpobject.wasKlantcontact", nullValue())
                .body("onderwerpobject.onderwerpobjectidentificator.objectId", equalTo("ZAAK-9"))
                .body("$", not(hasKey("_expand")));
        String body = response.asString();
        assertThat(body).startsWith("{\"klantcontact\":");
        assertThat(body.indexOf("\"betrokkene\":")).isLessThan(body.indexOf("\"onderwerpobject\":"));

        String klantcontact = response.path("klantcontact.uuid");
        String betrokkene = response.path("betrokkene.uuid");
        String onderwerpobject = response.path("onderwerpobject.uuid");
        response.then()
                .body("klantcontact.hadBetrokkenen.uuid", contains(betrokkene))
                .body("klantcontact.gingOverOnderwerpobjecten.uuid", contains(onderwerpobject))
                .body("betrokkene.hadKlantcontact.uuid", equalTo(klantcontact))
                .body("onderwerpobject.klantcontact.uuid", equalTo(klantcontact));

        api().get("/klantcontacten/" + klantcontact)
                .then()
                .statusCode(200)
                .body("onderwerp", equalTo("Parkeervergunning"))
                .body("hadBetrokkenen.uuid", contains(betrokkene));
        api().get("/betrokkenen/" + betrokkene)
                .then()
                .statusCode(200)
                .body("contactnaam.achternaam", equalTo("Jansen"));
        api().get("/onderwerpobjecten/" + onderwerpobject)
                .then()
                .statusCode(200)
                .body("onderwerpobjectidentificator.codeObjecttype", equalTo("zaak"));
    }

    @Test
    void publishesEachObjectAsACreationOfItsOwnResource() {
        Response response = maak("""
                {"klantcontact": %s, "betrokkene": {"rol": "klant", "initiator": true},
                 "onderwerpobject": {}}""".formatted(KLANTCONTACT));
        response.then().statusCode(201);
        String klantcontact = response.path("klantcontact.uuid");
        String betrokkene = response.path("betrokkene.uuid");
        String onderwerpobject = response.path("onderwerpobject.uuid");

        assertThat(changes.all())
                .extracting(
                        c -> c.resource().collection(),
                        Change::action,
                        c -> c.uuid().toString())
                .containsExactly(
                        tuple("klantcontacten", Change.Action.CREATE, klantcontact),
                        tuple("betrokkenen", Change.Action.CREATE, betrokkene),
                        tuple("onderwerpobjecten", Change.Action.CREATE, onderwerpobject));
        var created = (KlantcontactResponse) changes.all().getFirst().after();
        assertThat(created.hadBetrokkenen()).extracting(Reference::uuid).containsExactly(UUID.fromString(betrokkene));
        assertThat(created.gingOverOnderwerpobjecten())
                .extracting(Reference::uuid)
                .containsExactly(UUID.fromString(onderwerpobject));
    }

    @Test
    void registersAKlantcontactAlone() {
        String klantcontact = maakZonderContractcontrole("""
                        {"klantcontact": %s}""".formatted(KLANTCONTACT))
                .then()
                .statusCode(201)
                .body("$", hasKey("betrokkene"))
                .body("betrokkene", nullValue())
                .body("$", hasKey("onderwerpobject"))
                .body("onderwerpobject", nullValue())
                .body("klantcontact.hadBetrokkenen", empty())
                .extract()
                .path("klantcontact.uuid");

        api().get("/klantcontacten/" + klantcontact).then().statusCode(200);
        api().get("/betrokkenen").then().body("count", equalTo(0));
        assertThat(changes.all()).hasSize(1);
    }

    @Test
    void reportsTheProblemsOfEveryPartUnderItsNameAndStoresNothing() {
        maak("""
                        {"klantcontact": {"onderwerp": "Parkeervergunning", "taal": "incorrect", "vertrouwelijk": false},
                         "betrokkene": {"rol": "burger", "bezoekadres": {"postcode": "1234ab"}},
                         "onderwerpobject": {"onderwerpobjectidentificator": {"objectId": true}}}""")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        containsInAnyOrder(
                                "klantcontact.kanaal",
                                "klantcontact.taal",
                                "betrokkene.bezoekadres.postcode",
                                "betrokkene.rol",
                                "betrokkene.initiator",
                                "onderwerpobject.onderwerpobjectidentificator.objectId"))
                .body("invalidParams.find { it.name == 'klantcontact.kanaal' }.code", equalTo("required"))
                .body("invalidParams.find { it.name == 'klantcontact.taal' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'betrokkene.bezoekadres.postcode' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'betrokkene.rol' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'betrokkene.initiator' }.code", equalTo("required"))
                .body(
                        "invalidParams.find { it.name == 'onderwerpobject.onderwerpobjectidentificator.objectId' }"
                                + ".code",
                        equalTo("invalid"));

        nothingStored();
    }

    @Test
    void reportsAnUnknownKlantcontactUnderThePartsNameBesideTheOtherParts() {
        maak("""
                        {"klantcontact": %s, "betrokkene": {"rol": "klant"},
                         "onderwerpobject": {"wasKlantcontact": {"uuid": "%s"}}}""".formatted(KLANTCONTACT, UUID.randomUUID()))
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        containsInAnyOrder("betrokkene.initiator", "onderwerpobject.wasKlantcontact.uuid"))
                .body("invalidParams.find { it.name == 'betrokkene.initiator' }.code", equalTo("required"))
                .body(
                        "invalidParams.find { it.name == 'onderwerpobject.wasKlantcontact.uuid' }.code",
                        equalTo("invalid"));

        nothingStored();
    }

    @Test
    void anInvalidBetrokkeneAloneStoresNothing() {
        maak("""
                        {"klantcontact": %s, "betrokkene": {"rol": "klant", "initiator": true,
                                                         "organisatienaam": "%s"},
                         "onderwerpobject": {}}""".formatted(KLANTCONTACT, "o".repeat(201)))
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("betrokkene.organisatienaam"))
                .body("invalidParams.code", contains("max_length"));

        nothingStored();
    }

    @Test
    void theKlantcontactsRulesApplyAndABrokenRuleStoresNothing() {
        String bestaand = Klantcontacten.registreer(api(), "4711");
        changes.clear();

        maak("""
                        {"klantcontact": %s, "betrokkene": {"rol": "klant", "initiator": true}}""".formatted(KLANTCONTACT))
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("klantcontact.nummer"))
                .body("invalidParams.code", contains("unique"));

        maak("""
                        {"klantcontact": {"kanaal": "balie", "onderwerp": "Paspoort", "taal": "nld",
                                          "vertrouwelijk": false, "indicatieContactGelukt": true,
                                          "verdereActieOndernomen": true},
                         "onderwerpobject": {}}""")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("klantcontact.nonFieldErrors"))
                .body("invalidParams.code", contains("no-further-action-when-contact-succesful"));

        api().get("/klantcontacten").then().body("count", equalTo(1)).body("results.uuid", contains(bestaand));
        api().get("/betrokkenen").then().body("count", equalTo(0));
        api().get("/onderwerpobjecten").then().body("count", equalTo(0));
        assertThat(changes.all()).isEmpty();
    }

    @Test
    void refusesMissingOrMisshapenParts() {
        maak("{}")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("klantcontact"))
                .body("invalidParams.code", contains("required"));
        api().post("/maak-klantcontact")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("klantcontact"))
                .body("invalidParams.code", contains("required"));
        maak("""
                        {"klantcontact": "telefoon"}""")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("klantcontact.nonFieldErrors"))
                .body("invalidParams.code", contains("invalid"));
        maak("""
                        {"klantcontact": %s, "betrokkene": null, "onderwerpobject": "zaak"}""".formatted(KLANTCONTACT))
                .then()
                .statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("betrokkene", "onderwerpobject.nonFieldErrors"))
                .body("invalidParams.find { it.name == 'betrokkene' }.code", equalTo("null"))
                .body("invalidParams.find { it.name == 'onderwerpobject.nonFieldErrors' }.code", equalTo("invalid"));
        maak("""
                        {"klantcontact": %s, "betrokkene": {"rol": "klant", "initiator": true,
                                                         "wasPartij": "foobar"}}""".formatted(KLANTCONTACT))
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("betrokkene.wasPartij.nonFieldErrors"))
                .body("invalidParams.code", contains("invalid"));
        maak("[]").then().statusCode(400).body("invalidParams.name", contains("nonFieldErrors"));

        nothingStored();
    }

    @Test
    void theOnderwerpobjectMayBeAnEarlierKlantcontact() {
        String eerder = Klantcontacten.registreer(api());

        String onderwerpobject = maakZonderContractcontrole("""
                        {"klantcontact": %s, "onderwerpobject": {"wasKlantcontact": {"uuid": "%s"}}}""".formatted(KLANTCONTACT, eerder))
                .then()
                .statusCode(201)
                .body("onderwerpobject.wasKlantcontact.uuid", equalTo(eerder))
                .extract()
                .path("onderwerpobject.uuid");

        api().get("/onderwerpobjecten?wasKlantcontact__uuid=" + eerder)
                .then()
                .body("results.uuid", contains(onderwerpobject));
        api().get("/klantcontacten/" + eerder).then().body("gingOverOnderwerpobjecten", empty());
    }

    @Test
    void onlyPostIsAllowed() {
        api().get("/maak-klantcontact").then().statusCode(405).body("code", equalTo("method_not_allowed"));
        api().body(KLANTCONTACT).put("/maak-klantcontact").then().statusCode(405);
        api().body(KLANTCONTACT).patch("/maak-klantcontact").then().statusCode(405);
        api().delete("/maak-klantcontact").then().statusCode(405);
    }

    @Test
    void aKlantcontactShowsItsBetrokkenenOnderwerpobjectenAndBijlagenWhenExpanded() {
        Response response = maak("""
                {"klantcontact": %s,
                 "betrokkene": {"rol": "vertegenwoordiger", "initiator": false, "organisatienaam": "Stichting",
                                "contactnaam": {"voornaam": "Els"}},
                 "onderwerpobject": {"onderwerpobjectidentificator": {"objectId": "ZAAK-3"}}}""".formatted(KLANTCONTACT));
        String klantcontact = response.path("klantcontact.uuid");
        String betrokkene = response.path("betrokkene.uuid");
        String onderwerpobject = response.path("onderwerpobject.uuid");
        String bijlage = api().body("""
                        {"wasBijlageVanKlantcontact": {"uuid": "%s"}, "bijlageidentificator": {"objectId": "DOC-1"}}""".formatted(klantcontact))
                .post("/bijlagen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String zonderDelen = Klantcontacten.registreer(api());

        api().get("/klantcontacten/" + klantcontact
                        + "?expand=hadBetrokkenen,gingOverOnderwerpobjecten,omvatteBijlagen")
                .then()
                .statusCode(200)
                .body("hadBetrokkenen.uuid", contains(betrokkene))
                .body("_expand.hadBetrokkenen.uuid", contains(betrokkene))
                .body("_expand.hadBetrokkenen[0].rol", equalTo("vertegenwoordiger"))
                .body("_expand.hadBetrokkenen[0].organisatienaam", equalTo("Stichting"))
                .body("_expand.hadBetrokkenen[0].volledigeNaam", equalTo("Els"))
                .body("_expand.hadBetrokkenen[0].bezoekadres.huisnummer", nullValue())
                .body("_expand.hadBetrokkenen[0].hadKlantcontact.uuid", equalTo(klantcontact))
                .body("_expand.hadBetrokkenen[0]", not(hasKey("_expand")))
                .body("_expand.gingOverOnderwerpobjecten.uuid", contains(onderwerpobject))
                .body("_expand.gingOverOnderwerpobjecten[0].onderwerpobjectidentificator.objectId", equalTo("ZAAK-3"))
                .body("_expand.omvatteBijlagen.uuid", contains(bijlage))
                .body("_expand.omvatteBijlagen[0].bijlageidentificator.objectId", equalTo("DOC-1"))
                .body("_expand", not(hasKey("leiddeTotInterneTaken")));

        api().get("/klantcontacten/" + zonderDelen + "?expand=hadBetrokkenen,omvatteBijlagen")
                .then()
                .statusCode(200)
                .body("_expand.hadBetrokkenen", empty())
                .body("_expand.omvatteBijlagen", empty());

        api().get("/klantcontacten?expand=gingOverOnderwerpobjecten")
                .then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body(
                        "results.find { it.uuid == '%s' }._expand.gingOverOnderwerpobjecten.uuid"
                                .formatted(klantcontact),
                        contains(onderwerpobject))
                .body(
                        "results.find { it.uuid == '%s' }._expand.gingOverOnderwerpobjecten".formatted(zonderDelen),
                        empty());
    }
}
