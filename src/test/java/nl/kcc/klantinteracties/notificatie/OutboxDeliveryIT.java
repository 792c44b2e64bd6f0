package nl.kcc.klantinteracties.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Times;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Delivery when receivers fail: retries, the order per object, giving up, re-queueing, pruning. */
class OutboxDeliveryIT extends NotificatieApiIT {

    private static final List<String> ACTIES = List.of("create", "partial_update", "partial_update", "destroy");

    @Autowired
    Outbox outbox;

    @Autowired
    KanaalRegistration kanalen;

    @Test
    void aReceiverThatAnswers500ForAWhileGetsEveryMessageInOrder() {
        RECEIVER.answerAll(500);
        List<String> urls = writeFourTimesEach(3);
        Eventually.await("failed attempts", DEADLINE, () -> RECEIVER.received().size() >= 6);
        assertThat(RECEIVER.received()).noneMatch(Receiver.Request::accepted);

        RECEIVER.answerAll(201);

        assertEveryMessageOnceInOrder(urls);
    }

    @Test
    void anUnreachableReceiverGetsEveryMessageWhenItIsBack() {
        RECEIVER.stop();
        List<String> urls = writeFourTimesEach(3);
        Eventually.await(
                "a second attempt at every first message",
                DEADLINE,
                () -> jdbc.sql("select count(*) from notificatie_outbox where attempts >= 2")
                                .query(Integer.class)
                                .single()
                        >= 9,
                this::outboxState);
        assertThat(outboxState())
                .filteredOn(row -> ((Integer) row.get("attempts")) > 0)
                .allSatisfy(row -> assertThat((String) row.get("last_error")).contains("ConnectException"));

        RECEIVER.start();

        assertEveryMessageOnceInOrder(urls);
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpWithoutHoldingBackLaterOnesAndCanBeRequeued() {
        RECEIVER.answer(request -> request.path().equals(NOTIFICATIES) ? 503 : 201);
        String url = api().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        Eventually.await(
                "the message given up", DEADLINE, () -> !outbox.failed().isEmpty(), this::outboxState);

        var failed = outbox.failed().getFirst();
        assertThat(failed.destination()).isEqualTo(NotificatieSettings.NOTIFICATIES_API);
        assertThat(failed.about()).isEqualTo("klantcontacten create " + url);
        assertThat(failed.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(failed.lastError()).startsWith("HTTP 503 from " + RECEIVER.url(NOTIFICATIES));
        assertThat(RECEIVER.received(NOTIFICATIES)).hasSize(MAX_ATTEMPTS);

        RECEIVER.answerAll(201);
        api().body(Map.of("indicatieContactGelukt", false)).patch(url).then().statusCode(200);
        assertThat(allDelivered(NOTIFICATIES))
                .extracting(r -> r.json().path("actie").asString())
                .containsExactly("partial_update");

        assertThat(outbox.requeue(failed.id())).isTrue();
        assertThat(outbox.requeue(failed.id())).isFalse();
        Eventually.await(
                "the re-queued message",
                DEADLINE,
                () -> RECEIVER.accepted(NOTIFICATIES).size() == 2);
        assertThat(RECEIVER.accepted(NOTIFICATIES).get(1).header("Idempotency-Key"))
                .isEqualTo(failed.messageId().toString());
        assertThat(outbox.failed()).isEmpty();
    }

    @Test
    void everyFailedMessageCanBeRequeuedAtOnce() {
        RECEIVER.answerAll(500);
        for (int i = 0; i < 4; i++) {
            api().body(Bodies.klantcontact()).post("/klantcontacten").then().statusCode(201);
        }
        Eventually.await(
                "every message given up",
                DEADLINE,
                () -> outbox.failed().size() == 3 * 4 && pending() == 0,
                this::outboxState);

        RECEIVER.answerAll(201);
        assertThat(outbox.requeueAll()).isEqualTo(12);

        assertThat(allDelivered(NOTIFICATIES)).hasSize(4);
        assertThat(RECEIVER.accepted(EVENTS)).hasSize(4);
        assertThat(RECEIVER.accepted(NRC_EVENTS)).hasSize(4);
        assertThat(outbox.failed()).isEmpty();
    }

    @Test
    void deliveredMessagesArePrunedAfterTheirPeriod() {
        OffsetDateTime now = Times.now(Clock.systemUTC());
        long old = insert("delivered", now.minusDays(8));
        long recent = insert("delivered", now.minusDays(6));
        long oldFailure = insert("failed", null);

        assertThat(outbox.prune(now.minusDays(7))).isEqualTo(1);

        assertThat(jdbc.sql("select id from notificatie_outbox order by id")
                        .query(Long.class)
                        .list())
                .containsExactly(recent, oldFailure)
                .doesNotContain(old);
    }

    @Test
    void theKanalenAreRegisteredWithTheirKenmerkenAsFilters() throws Exception {
        RECEIVER.knowsKanaal("klantcontacten");

        assertThat(kanalen.register())
                .containsExactly(
                        new KanaalRegistration.Result("partijen", KanaalRegistration.Outcome.REGISTERED),
                        new KanaalRegistration.Result("klantcontacten", KanaalRegistration.Outcome.EXISTED),
                        new KanaalRegistration.Result("internetaken", KanaalRegistration.Outcome.REGISTERED));

        var registered = RECEIVER.received("/api/v1/kanaal").stream()
                .filter(r -> r.method().equals("POST"))
                .toList();
        assertThat(registered)
                .extracting(r -> r.json().toString())
                .containsExactly(
                        "{\"naam\":\"partijen\",\"documentatieLink\":\"\","
                                + "\"filters\":[\"nummer\",\"interneNotitie\",\"soortPartij\"]}",
                        "{\"naam\":\"internetaken\",\"documentatieLink\":\"\","
                                + "\"filters\":[\"nummer\",\"gevraagdeHandeling\",\"toelichting\",\"status\"]}");
        assertThat(RECEIVER.received("/api/v1/kanaal"))
                .allSatisfy(r -> assertThat(tokenClaims(r)).containsEntry("client_id", CLIENT_ID));

        // A second run finds them all.
        assertThat(kanalen.register())
                .extracting(KanaalRegistration.Result::outcome)
                .containsOnly(KanaalRegistration.Outcome.EXISTED);
    }

    /** Creates klantcontacten and patches each twice and deletes it: four messages per object and destination. */
    private List<String> writeFourTimesEach(int objects) {
        var urls = new ArrayList<String>();
        for (int i = 0; i < objects; i++) {
            urls.add(api().body(Bodies.klantcontact())
                    .post("/klantcontacten")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("url"));
        }
        for (String url : urls) {
            api().body(Map.of("indicatieContactGelukt", false))
                    .patch(url)
                    .then()
                    .statusCode(200);
        }
        for (String url : urls) {
            api().body(Map.of("verdereActieOndernomen", true)).patch(url).then().statusCode(200);
        }
        for (String url : urls) {
            api().delete(url).then().statusCode(204);
        }
        return urls;
    }

    private void assertEveryMessageOnceInOrder(List<String> urls) {
        allDelivered(NOTIFICATIES);
        var notificaties = inOrderPerObject(
                RECEIVER.received(NOTIFICATIES),
                r -> r.json().path("resourceUrl").asString());
        assertThat(notificaties.keySet()).containsExactlyInAnyOrderElementsOf(urls);
        notificaties.forEach((url, accepted) -> assertThat(accepted)
                .as("messages about %s", url)
                .extracting(r -> r.json().path("actie").asString())
                .containsExactlyElementsOf(ACTIES));
        for (String subscriber : List.of(EVENTS, NRC_EVENTS)) {
            var events = inOrderPerObject(
                    RECEIVER.received(subscriber), r -> r.json().path("subject").asString());
            assertThat(events).hasSize(urls.size());
            events.forEach((uuid, accepted) -> assertThat(accepted)
                    .extracting(r -> r.json().path("type").asString())
                    .containsExactlyElementsOf(ACTIES.stream()
                            .map(actie -> "nl.kcc.klantinteracties.klantcontact." + actie)
                            .toList()));
        }
        var ids = RECEIVER.received().stream()
                .filter(Receiver.Request::accepted)
                .map(r -> r.path() + " " + r.header("Idempotency-Key"))
                .toList();
        assertThat(ids).hasSize(3 * urls.size() * ACTIES.size()).doesNotHaveDuplicates();
    }

    private long insert(String status, OffsetDateTime deliveredAt) {
        return jdbc.sql("""
                        insert into notificatie_outbox (message_id, destination, kind, object_uuid, payload, status,
                            created_at, next_attempt_at, delivered_at)
                        values (?, 'notificaties-api', 'notificatie', ?, '{}', ?, ?, ?, ?) returning id""")
                .params(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        status,
                        Times.now(Clock.systemUTC()).minusDays(30),
                        Times.now(Clock.systemUTC()),
                        deliveredAt)
                .query(Long.class)
                .single();
    }
}
