package nl.kcc.klantinteracties.notificatie;

import static nl.kcc.klantinteracties.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Change.Action;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What each write sends, and that a write that does not commit sends nothing. */
class NotificatieIT extends NotificatieApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AFVAL = "https://referentielijsten.example.nl/onderwerpen/afval";

    @Autowired
    OutboxWriter writer;

    @Test
    void everyKindOfWriteOfAKlantcontactIsAnnouncedWithItsKenmerken() {
        // The register keeps times to the microsecond.
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String url = api().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        api().body(with(
                        Bodies.klantcontact(),
                        "hoofdOnderwerpType",
                        AFVAL,
                        "indicatieContactGelukt",
                        false,
                        "verdereActieOndernomen",
                        true))
                .put(url)
                .then()
                .statusCode(200);
        api().body(Map.of("verdereActieOndernomen", false)).patch(url).then().statusCode(200);
        api().delete(url).then().statusCode(204);

        var notificaties = allDelivered(NOTIFICATIES);
        assertThat(notificaties).hasSize(4);
        var kenmerken = List.of(
                "{\"indicatieContactGelukt\": \"true\", \"verdereActieOndernomen\": \"false\"}",
                "{\"hoofdOnderwerpType\": \"" + AFVAL
                        + "\", \"indicatieContactGelukt\": \"false\", \"verdereActieOndernomen\": \"true\"}",
                "{\"hoofdOnderwerpType\": \"" + AFVAL
                        + "\", \"indicatieContactGelukt\": \"false\", \"verdereActieOndernomen\": \"false\"}",
                "{\"hoofdOnderwerpType\": \"" + AFVAL
                        + "\", \"indicatieContactGelukt\": \"false\", \"verdereActieOndernomen\": \"false\"}");
        var acties = List.of("create", "update", "partial_update", "destroy");
        Instant previous = start;
        for (int i = 0; i < 4; i++) {
            var request = notificaties.get(i);
            JsonNode message = request.json();
            Instant aanmaakdatum = Instant.parse(message.path("aanmaakdatum").asString());
            assertThat(aanmaakdatum).isBetween(previous, Instant.now());
            previous = aanmaakdatum;
            assertThat(message).as("message %d", i).isEqualTo(JSON.readTree("""
                            {"kanaal": "klantcontacten", "hoofdObject": "%s", "resource": "klantcontact",
                             "resourceUrl": "%s", "actie": "%s", "aanmaakdatum": "%s", "kenmerken": %s,
                             "source": "urn:test:klantinteracties"}""".formatted(
                    url, url, acties.get(i), message.path("aanmaakdatum").asString(), kenmerken.get(i))));
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(tokenClaims(request))
                    .containsEntry("iss", CLIENT_ID)
                    .containsEntry("client_id", CLIENT_ID)
                    .containsKeys("iat", "user_id", "user_representation");
        }
        assertThat(notificaties)
                .extracting(r -> r.header("Idempotency-Key"))
                .doesNotHaveDuplicates()
                .allSatisfy(id -> UUID.fromString(id));

        for (String subscriber : List.of(EVENTS, NRC_EVENTS)) {
            var events = RECEIVER.accepted(subscriber);
            assertThat(events).hasSize(4);
            for (int i = 0; i < 4; i++) {
                var request = events.get(i);
                JsonNode event = request.json();
                assertThat(request.header("Content-Type")).isEqualTo("application/cloudevents+json");
                assertThat(event.path("specversion").asString()).isEqualTo("1.0");
                assertThat(event.path("type").asString())
                        .isEqualTo("nl.kcc.klantinteracties.klantcontact." + acties.get(i));
                assertThat(event.path("source").asString()).isEqualTo("urn:test:klantinteracties");
                assertThat(url).endsWith("/" + event.path("subject").asString());
                assertThat(event.path("id").asString()).isEqualTo(request.header("Idempotency-Key"));
                assertThat(event.path("time").asString())
                        .isEqualTo(
                                notificaties.get(i).json().path("aanmaakdatum").asString());
                var data = (tools.jackson.databind.node.ObjectNode)
                        notificaties.get(i).json();
                data.remove("source");
                assertThat(event.path("data")).isEqualTo(data);
            }
            // Both subscribers get the same events, with the same ids.
            assertThat(events)
                    .extracting(r -> r.json().path("id").asString())
                    .isEqualTo(RECEIVER.accepted(EVENTS).stream()
                            .map(r -> r.json().path("id").asString())
                            .toList());
        }
        assertThat(RECEIVER.accepted(EVENTS))
                .allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
        assertThat(RECEIVER.accepted(NRC_EVENTS))
                .allSatisfy(r -> assertThat(tokenClaims(r)).containsEntry("client_id", CLIENT_ID));
    }

    @Test
    void aRefusedWriteSendsNothing() {
        api().body(with(Bodies.klantcontact(), "taal", "nederlands"))
                .post("/klantcontacten")
                .then()
                .statusCode(400);
        assertThat(outboxState()).isEmpty();

        String url = api().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        api().body(Map.of("indicatieContactGelukt", true, "verdereActieOndernomen", true))
                .patch(url)
                .then()
                .statusCode(400);

        assertThat(allDelivered(NOTIFICATIES))
                .singleElement()
                .satisfies(r -> assertThat(r.json().path("actie").asString()).isEqualTo("create"));
        assertThat(outboxState()).hasSize(3);
    }

    @Test
    void aWriteWhoseTransactionFailsAfterTheChangeSendsNothing() {
        anonymous()
                .header("Authorization", "Token " + key())
                .contentType("application/json")
                .body(with(Bodies.klantcontact(), "onderwerp", FailingCommit.ONDERWERP))
                .post("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(500);
        // The outbox had the messages when the transaction failed; they went with it.
        assertThat(FailingCommit.outboxRowsBeforeFailure.get()).isEqualTo(3);
        assertThat(outboxState()).isEmpty();

        api().body(Bodies.klantcontact()).post("/klantcontacten").then().statusCode(201);
        assertThat(allDelivered(NOTIFICATIES))
                .singleElement()
                .satisfies(r -> assertThat(r.json()
                                .path("kenmerken")
                                .path("indicatieContactGelukt")
                                .asString())
                        .isEqualTo("true"));
        api().get("/klantcontacten").then().statusCode(200);
    }

    @Test
    void theToelichtingOfATaskDependsOnTheConfidentialityOfItsKlantcontact() {
        UUID open = uuidOf(api().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
        UUID confidential =
                uuidOf(api().body(with(Bodies.klantcontact(), "vertrouwelijk", true, "nummer", "0000000077"))
                        .post("/klantcontacten")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("uuid"));
        UUID taak = UUID.randomUUID();
        var forOpen = Shown.of(
                "internetaken",
                taak,
                "nummer",
                "0000000012",
                "gevraagdeHandeling",
                "Terugbellen",
                "aanleidinggevendKlantcontact",
                Shown.ref("klantcontacten", open),
                "toelichting",
                "Graag voor vrijdag",
                "status",
                "te_verwerken");
        var forConfidential = forOpen.with("aanleidinggevendKlantcontact", Shown.ref("klantcontacten", confidential));

        JsonNode aboutOpen = notificatie(ChangedObject.of("internetaken", taak, Action.CREATE, null, forOpen, now()));
        assertThat(aboutOpen.path("kenmerken").path("toelichting").asString()).isEqualTo("Graag voor vrijdag");
        JsonNode aboutConfidential =
                notificatie(ChangedObject.of("internetaken", taak, Action.UPDATE, forOpen, forConfidential, now()));
        assertThat(aboutConfidential.path("kenmerken").has("toelichting")).isFalse();

        // The label of a zaak link is the contact's onderwerp, unless the contact is confidential.
        UUID zaak = UUID.randomUUID();
        var link = Shown.of(
                "onderwerpobjecten",
                UUID.randomUUID(),
                "klantcontact",
                Shown.ref("klantcontacten", open),
                "onderwerpobjectidentificator",
                Map.of(
                        "objectId",
                        zaak.toString(),
                        "codeObjecttype",
                        "zaak",
                        "codeRegister",
                        "openzaak",
                        "codeSoortObjectId",
                        "uuid"));
        var confidentialLink = link.with("klantcontact", Shown.ref("klantcontacten", confidential));
        assertThat(zaakEventLabel(link)).isEqualTo("Afvalinzameling rond kerst");
        assertThat(zaakEventLabel(confidentialLink)).isEqualTo("Klantcontact 0000000077");
    }

    private JsonNode notificatie(ChangedObject change) {
        return writer.messages(change).stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.NOTIFICATIE)
                .findFirst()
                .orElseThrow()
                .payload();
    }

    private String zaakEventLabel(Shown onderwerpobject) {
        var messages = writer.messages(ChangedObject.of(
                "onderwerpobjecten", onderwerpobject.uuid(), Action.CREATE, null, onderwerpobject, now()));
        assertThat(messages).hasSize(2).allSatisfy(m -> assertThat(m.kind()).isEqualTo(OutboxMessage.Kind.CLOUDEVENT));
        return messages.getFirst().payload().path("data").path("label").asString();
    }

    private static UUID uuidOf(String uuid) {
        return UUID.fromString(uuid);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
