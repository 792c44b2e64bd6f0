package nl.kcc.klantinteracties.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.kcc.klantinteracties.observability.TraceParent;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With tracing switched on, spans go over OTLP/HTTP to a collector (a loopback server of the test's own): the
 * request's span in the client's trace, and the notification's send below it, whose id is the receiver's parent.
 */
class OtlpTracingIT extends NotificatieApiIT {

    private static final List<byte[]> EXPORTED = new CopyOnWriteArrayList<>();
    private static final HttpServer COLLECTOR = collector();

    @DynamicPropertySource
    static void tracing(DynamicPropertyRegistry registry) {
        registry.add("management.tracing.export.enabled", () -> "true");
        registry.add("management.tracing.sampling.probability", () -> "1.0");
        registry.add(
                "management.opentelemetry.tracing.export.otlp.endpoint",
                () -> "http://127.0.0.1:" + COLLECTOR.getAddress().getPort() + "/v1/traces");
        registry.add("management.opentelemetry.tracing.export.schedule-delay", () -> "200ms");
    }

    @AfterAll
    static void stopCollector() {
        COLLECTOR.stop(0);
    }

    @Test
    void spansReachTheCollectorInTheClientsTrace() {
        TraceParent incoming = TraceparentIT.incoming();
        api().header("traceparent", incoming.toString())
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201);

        List<Receiver.Request> delivered = allDelivered(EVENTS);
        assertThat(delivered).isNotEmpty();
        TraceParent sent =
                TraceParent.parse(delivered.getFirst().header("traceparent")).orElseThrow();
        assertThat(sent.traceId()).isEqualTo(incoming.traceId());
        assertThat(sent.spanId()).isNotEqualTo(incoming.spanId());

        byte[] traceId = HexFormat.of().parseHex(incoming.traceId());
        byte[] sendSpan = HexFormat.of().parseHex(sent.spanId());
        Eventually.await(
                "the request's trace and the send's span exported",
                Duration.ofSeconds(30),
                () -> exported(traceId) && exported(sendSpan),
                () -> EXPORTED.size() + " exports");
    }

    private static boolean exported(byte[] id) {
        return EXPORTED.stream().anyMatch(body -> contains(body, id));
    }

    private static boolean contains(byte[] body, byte[] id) {
        outer:
        for (int i = 0; i + id.length <= body.length; i++) {
            for (int j = 0; j < id.length; j++) {
                if (body[i + j] != id[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static HttpServer collector() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/v1/traces", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if ("application/x-protobuf".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                    EXPORTED.add(body);
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
