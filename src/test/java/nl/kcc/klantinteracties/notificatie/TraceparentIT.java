package nl.kcc.klantinteracties.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.kcc.klantinteracties.observability.TraceParent;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * With tracing off (the default), the {@code traceparent} a client sent with a change still reaches the receivers of
 * the notifications about it, below a span id of the register's own, although the messages go out later from the
 * outbox.
 */
class TraceparentIT extends NotificatieApiIT {

    static TraceParent incoming() {
        var random = ThreadLocalRandom.current();
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        random.nextBytes(trace);
        random.nextBytes(span);
        trace[0] |= 1;
        span[0] |= 1;
        return new TraceParent(HexFormat.of().formatHex(trace), HexFormat.of().formatHex(span), "01");
    }

    @Test
    void theReceiversGetTheIncomingTrace() {
        TraceParent incoming = incoming();
        api().header("traceparent", incoming.toString())
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201);

        for (String path : List.of(EVENTS, NOTIFICATIES)) {
            List<Receiver.Request> delivered = allDelivered(path);
            assertThat(delivered).isNotEmpty();
            for (var request : delivered) {
                TraceParent sent = TraceParent.parse(request.header("traceparent"))
                        .orElseThrow(() -> new AssertionError("no valid traceparent to " + path));
                assertThat(sent.traceId()).isEqualTo(incoming.traceId());
                assertThat(sent.spanId()).isNotEqualTo(incoming.spanId());
                assertThat(sent.flags()).isEqualTo("01");
            }
        }
    }

    @Test
    void aChangeWithoutTraceSendsNone() {
        api().body(Bodies.klantcontact()).post("/klantcontacten").then().statusCode(201);
        assertThat(allDelivered(EVENTS)).isNotEmpty().allMatch(request -> request.header("traceparent") == null);
    }

    @Test
    void anInvalidTraceparentIsIgnored() {
        api().header("traceparent", "00-" + "0".repeat(32) + "-" + "1".repeat(16) + "-01")
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201);
        assertThat(allDelivered(EVENTS)).isNotEmpty().allMatch(request -> request.header("traceparent") == null);
    }
}
