package nl.kcc.klantinteracties.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the API tests with notifications on: one configuration for all of them (one application context), with
 * the Notificaties API and two CloudEvents subscribers played by one {@link Receiver} in the test JVM. Retries are
 * quick and few so that failures show within seconds; the poll interval is long, so deliveries that arrive quickly
 * show that a commit wakes the dispatcher.
 */
@Import(NotificatieApiIT.FailingCommit.class)
public abstract class NotificatieApiIT extends ApiIT {

    protected static final Receiver RECEIVER = Receiver.onFreePort();
    protected static final String CLIENT_ID = "klantinteracties-test";
    protected static final String SECRET = "een-geheim-van-de-test";
    protected static final String NOTIFICATIES = "/api/v1/notificaties";
    protected static final String EVENTS = "/events";
    /** A CloudEvents subscriber under the Notificaties API: it gets the token too. */
    protected static final String NRC_EVENTS = "/api/v1/cloudevents";

    protected static final int MAX_ATTEMPTS = 6;
    protected static final Duration DEADLINE = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void notificaties(DynamicPropertyRegistry registry) {
        registry.add("notificaties.api-url", () -> RECEIVER.url("/api/v1"));
        registry.add("notificaties.client-id", () -> CLIENT_ID);
        registry.add("notificaties.secret", () -> SECRET);
        registry.add(
                "notificaties.cloudevents-subscribers", () -> RECEIVER.url(EVENTS) + "," + RECEIVER.url(NRC_EVENTS));
        registry.add("notificaties.source", () -> "urn:test:klantinteracties");
        registry.add("notificaties.retry-initial-delay", () -> "100ms");
        registry.add("notificaties.retry-max-delay", () -> "1s");
        registry.add("notificaties.max-attempts", () -> MAX_ATTEMPTS);
        registry.add("notificaties.poll-interval", () -> "2m");
        registry.add("notificaties.free-text-kenmerken", () -> "true");
    }

    @BeforeEach
    void receiverTakesEverything() {
        RECEIVER.reset();
        FailingCommit.outboxRowsBeforeFailure.set(-1);
    }

    /** Waits until the outbox has nothing left to send, then returns what the path accepted. */
    protected List<Receiver.Request> allDelivered(String path) {
        Eventually.await("every message delivered", DEADLINE, () -> pending() == 0, this::outboxState);
        return RECEIVER.accepted(path);
    }

    protected int pending() {
        return jdbc.sql("select count(*) from notificatie_outbox where status = 'pending'")
                .query(Integer.class)
                .single();
    }

    protected List<Map<String, Object>> outboxState() {
        return jdbc.sql("select id, destination, status, attempts, last_error from notificatie_outbox order by id")
                .query()
                .listOfRows();
    }

    /**
     * Checks that the requests about each object came one message at a time: a message was only sent once the one
     * before it had been accepted.
     *
     * @return per object, the accepted messages in the order they came
     */
    protected static Map<String, List<Receiver.Request>> inOrderPerObject(
            List<Receiver.Request> requests, Function<Receiver.Request, String> object) {
        var perObject = new LinkedHashMap<String, List<Receiver.Request>>();
        requests.forEach(r -> perObject
                .computeIfAbsent(object.apply(r), o -> new ArrayList<>())
                .add(r));
        var accepted = new LinkedHashMap<String, List<Receiver.Request>>();
        perObject.forEach((key, sent) -> {
            var taken = new ArrayList<Receiver.Request>();
            String current = null;
            boolean currentAccepted = true;
            for (var request : sent) {
                String id = request.header("Idempotency-Key");
                if (!id.equals(current)) {
                    assertThat(currentAccepted)
                            .as("message %s about %s sent before %s was accepted", id, key, current)
                            .isTrue();
                    current = id;
                }
                currentAccepted = request.accepted();
                if (request.accepted()) {
                    taken.add(request);
                }
            }
            accepted.put(key, taken);
        });
        return accepted;
    }

    /** The claims of the JWT-ZGW bearer token of a request, after checking its signature with the shared secret. */
    protected static Map<String, Object> tokenClaims(Receiver.Request request) {
        String authorization = request.header("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        assertThat(Base64.getUrlDecoder().decode(parts[2]))
                .as("signature")
                .isEqualTo(ZgwToken.hmacSha256(SECRET, parts[0] + "." + parts[1]));
        @SuppressWarnings("unchecked")
        Map<String, Object> claims =
                JSON.readValue(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), Map.class);
        return claims;
    }

    /**
     * Makes the transaction of a klantcontact with a certain onderwerp fail at commit, after every listener of the
     * change (the outbox writer included) has done its work.
     */
    @TestConfiguration
    static class FailingCommit {

        static final String ONDERWERP = "Deze transactie mislukt bij de commit";
        static final AtomicInteger outboxRowsBeforeFailure = new AtomicInteger(-1);

        @Bean
        FailAtCommit failAtCommit(JdbcClient jdbc) {
            return new FailAtCommit(jdbc);
        }
    }

    static class FailAtCommit {

        private final JdbcClient jdbc;

        FailAtCommit(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void failAtCommit(Change change) {
            if (change.after() instanceof KlantcontactResponse klantcontact
                    && FailingCommit.ONDERWERP.equals(klantcontact.onderwerp())) {
                FailingCommit.outboxRowsBeforeFailure.set(
                        jdbc.sql("select count(*) from notificatie_outbox where object_uuid = ?")
                                .param(change.uuid())
                                .query(Integer.class)
                                .single());
                throw new IllegalStateException("The test lets this transaction fail at commit");
            }
        }
    }
}
