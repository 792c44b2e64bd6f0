package nl.kcc.klantinteracties.security.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A write tells the caller nothing of what is hidden from it: a value a hidden object holds is refused exactly as one a
 * visible object holds, a reference to a hidden object exactly as one to a missing object, and a hidden object's own
 * URL answers every method as a missing one (ADR 0017).
 */
@ExtendWith(OutputCaptureExtension.class)
class HiddenCollisionsIT extends HiddenObjectsIT {

    @Test
    void aValueAHiddenObjectHoldsIsRefusedAsAVisibleOnesIs(CapturedOutput output) {
        assertSameRefusal(
                "/partijen",
                Bodies.persoon("Nieuw", "Persoon", HiddenFixture.GEHEIM_BSN),
                Bodies.persoon("Nieuw", "Persoon", HiddenFixture.ZICHTBAAR_BSN));

        String nieuw = asCaller()
                .body(Bodies.with(Bodies.persoon("Nog", "Iemand", "999990044"), "partijIdentificatoren", List.of()))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        Function<String, Object> identificator = bsn -> Map.of(
                "identificeerdePartij",
                Bodies.ref(nieuw),
                "partijIdentificator",
                Map.of(
                        "codeRegister", "brp",
                        "codeObjecttype", "natuurlijk_persoon",
                        "codeSoortObjectId", "bsn",
                        "objectId", bsn));
        assertSameRefusal(
                "/partij-identificatoren",
                identificator.apply(HiddenFixture.GEHEIM_BSN),
                identificator.apply(HiddenFixture.ZICHTBAAR_BSN));

        assertSameRefusal(
                "/klantcontacten",
                Bodies.with(Bodies.klantcontact(), "nummer", HiddenFixture.GEHEIM_NUMMER),
                Bodies.with(Bodies.klantcontact(), "nummer", HiddenFixture.ZICHTBAAR_NUMMER));
        assertSameRefusal(
                "/klantcontacten",
                Bodies.with(Bodies.klantcontact(), "referentienummer", HiddenFixture.GEHEIM_REFERENTIENUMMER),
                Bodies.with(Bodies.klantcontact(), "referentienummer", HiddenFixture.ZICHTBAAR_REFERENTIENUMMER));

        // The register still holds one partij with the BSN, and the privacy officer can see who tried.
        int holders = api().get("/partijen?partijIdentificator__objectId=" + HiddenFixture.GEHEIM_BSN)
                .then()
                .extract()
                .path("count");
        assertThat(holders).isOne();
        assertThat(output.getAll())
                .contains("Write refused as a duplicate of a confidential partij")
                .contains("partij=" + fixture.geheimePartij)
                .contains("klantcontact=" + fixture.geheimContact);
    }

    @Test
    void aReferenceToAHiddenObjectIsRefusedAsOneToAMissingObject() {
        String k = fixture.klantcontact;
        String p = fixture.partij;
        String a = fixture.actor;
        var cases = List.of(
                List.of(
                        "/betrokkenen",
                        "{\"hadKlantcontact\": {\"uuid\": \"%s\"}, \"rol\": \"klant\", \"initiator\": true}",
                        fixture.geheimContact),
                List.of(
                        "/betrokkenen",
                        "{\"hadKlantcontact\": {\"uuid\": \"" + k
                                + "\"}, \"wasPartij\": {\"uuid\": \"%s\"}, \"rol\": \"klant\", \"initiator\": true}",
                        fixture.geheimePartij),
                List.of(
                        "/digitaleadressen",
                        "{\"verstrektDoorPartij\": {\"uuid\": \"%s\"}, \"soortDigitaalAdres\": \"email\","
                                + " \"adres\": \"a@example.nl\"}",
                        fixture.geheimePartij),
                List.of(
                        "/digitaleadressen",
                        "{\"verstrektDoorBetrokkene\": {\"uuid\": \"%s\"}, \"soortDigitaalAdres\": \"email\","
                                + " \"adres\": \"a@example.nl\"}",
                        fixture.geheimeBetrokkene),
                List.of("/onderwerpobjecten", "{\"klantcontact\": {\"uuid\": \"%s\"}}", fixture.geheimContact),
                List.of("/onderwerpobjecten", "{\"wasKlantcontact\": {\"uuid\": \"%s\"}}", fixture.geheimContact),
                List.of("/bijlagen", "{\"wasBijlageVanKlantcontact\": {\"uuid\": \"%s\"}}", fixture.geheimContact),
                List.of(
                        "/vertegenwoordigingen",
                        "{\"vertegenwoordigendePartij\": {\"uuid\": \"%s\"}, \"vertegenwoordigdePartij\": {\"uuid\": \""
                                + p + "\"}}",
                        fixture.geheimePartij),
                List.of(
                        "/internetaken",
                        "{\"gevraagdeHandeling\": \"Terugbellen\", \"aanleidinggevendKlantcontact\": {\"uuid\": \"%s\"},"
                                + " \"toegewezenAanActoren\": [{\"uuid\": \"" + a
                                + "\"}], \"status\": \"te_verwerken\"}",
                        fixture.geheimContact),
                List.of(
                        "/partij-identificatoren",
                        "{\"identificeerdePartij\": {\"uuid\": \"%s\"}, \"partijIdentificator\": {\"codeRegister\":"
                                + " \"brp\", \"codeObjecttype\": \"natuurlijk_persoon\", \"codeSoortObjectId\": \"bsn\","
                                + " \"objectId\": \"999990056\"}}",
                        fixture.geheimePartij),
                List.of(
                        "/rekeningnummers",
                        "{\"partij\": {\"uuid\": \"%s\"}, \"iban\": \"NL20INGB0001234567\"}",
                        fixture.geheimePartij),
                List.of(
                        "/actorklantcontacten",
                        "{\"actor\": {\"uuid\": \"" + a + "\"}, \"klantcontact\": {\"uuid\": \"%s\"}}",
                        fixture.geheimContact),
                List.of(
                        "/maak-klantcontact",
                        "{\"klantcontact\": {\"kanaal\": \"telefoon\", \"onderwerp\": \"Vraag\", \"taal\": \"nld\","
                                + " \"vertrouwelijk\": false}, \"betrokkene\": {\"rol\": \"klant\", \"initiator\": true,"
                                + " \"wasPartij\": {\"uuid\": \"%s\"}}}",
                        fixture.geheimePartij));
        for (var c : cases) {
            String missing = UUID.randomUUID().toString();
            Response toHidden = rawAsCaller().body(c.get(1).formatted(c.get(2))).post(c.get(0));
            Response toMissing = rawAsCaller().body(c.get(1).formatted(missing)).post(c.get(0));
            assertThat(toHidden.statusCode())
                    .as("POST %s to a hidden object", c.get(0))
                    .isEqualTo(400);
            assertThat(withoutInstance(toHidden.asString(), c.get(2)))
                    .as("POST %s", c.get(0))
                    .isEqualTo(withoutInstance(toMissing.asString(), missing));
        }
        String missing = UUID.randomUUID().toString();
        String path = "/betrokkenen/" + fixture.betrokkeneVanGeheimePartij;
        Response toHidden = rawAsCaller()
                .body("{\"wasPartij\": {\"uuid\": \"" + fixture.geheimePartij + "\"}}")
                .patch(path);
        Response toMissing = rawAsCaller()
                .body("{\"wasPartij\": {\"uuid\": \"" + missing + "\"}}")
                .patch(path);
        assertThat(toHidden.statusCode()).isEqualTo(400);
        assertThat(withoutInstance(toHidden.asString(), fixture.geheimePartij))
                .isEqualTo(withoutInstance(toMissing.asString(), missing));
    }

    @Test
    void aHiddenObjectsOwnUrlAnswersEveryMethodAsAMissingOne() {
        var hidden = Map.ofEntries(
                Map.entry("partijen", fixture.geheimePartij),
                Map.entry("partij-identificatoren", fixture.geheimeIdentificator),
                Map.entry("digitaleadressen", fixture.geheimAdres),
                Map.entry("rekeningnummers", fixture.geheimRekeningnummer),
                Map.entry("vertegenwoordigingen", fixture.geheimVertegenwoordigt),
                Map.entry("klantcontacten", fixture.geheimContact),
                Map.entry("betrokkenen", fixture.geheimeBetrokkene),
                Map.entry("onderwerpobjecten", fixture.geheimOnderwerpobject),
                Map.entry("internetaken", fixture.geheimeTaak),
                Map.entry("actorklantcontacten", fixture.geheimeActorLink));
        hidden.forEach((collection, uuid) -> {
            String missing = UUID.randomUUID().toString();
            for (String method : List.of("GET", "PUT", "PATCH", "DELETE", "AUDIT")) {
                Response a = request(method, collection, uuid);
                Response b = request(method, collection, missing);
                assertThat(a.statusCode()).as("%s %s", method, collection).isEqualTo(b.statusCode());
                assertThat(withoutInstance(a.asString(), uuid))
                        .as("%s %s", method, collection)
                        .isEqualTo(withoutInstance(b.asString(), missing));
            }
        });
        // Nothing was changed by the attempts.
        api().get("/klantcontacten/" + fixture.geheimContact).then().statusCode(200);
    }

    private Response request(String method, String collection, String uuid) {
        var request = rawAsCaller().header("If-Match", "\"verouderd\"").body("{}");
        String path = "/" + collection + "/" + uuid;
        return switch (method) {
            case "GET" -> request.get(path);
            case "PUT" -> request.put(path);
            case "PATCH" -> request.patch(path);
            case "DELETE" -> request.delete(path);
            default -> request.get(path + "/audittrail");
        };
    }

    private void assertSameRefusal(String path, Object hidden, Object visible) {
        Response toHidden = rawAsCaller().body(hidden).post(path);
        Response toVisible = rawAsCaller().body(visible).post(path);
        assertThat(toHidden.statusCode())
                .as("POST %s colliding with a hidden object", path)
                .isEqualTo(400);
        assertThat(withoutInstance(toHidden.asString(), null))
                .as("POST %s", path)
                .isEqualTo(withoutInstance(toVisible.asString(), null));
    }
}
