package nl.kcc.klantinteracties.notificatie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.kcc.klantinteracties.observability.TraceContexts;
import nl.kcc.klantinteracties.observability.TraceParent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Sends one message from the outbox to its destination and says how it went. */
@Component
class OutboxSender {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final NotificatieSettings settings;
    private final ReceiverClient client;
    private final TraceContexts traces;

    OutboxSender(NotificatieSettings settings, ReceiverClient client, TraceContexts traces) {
        this.settings = settings;
        this.client = client;
        this.traces = traces;
    }

    /**
     * @param delivered whether the receiver took the message
     * @param permanent whether trying again cannot help (the destination is no longer configured)
     * @param error what went wrong, for the operator
     */
    record Outcome(
            boolean delivered, boolean permanent, @Nullable String error) {

        static final Outcome DELIVERED = new Outcome(true, false, null);

        static Outcome retry(String error) {
            return new Outcome(false, false, error);
        }

        static Outcome giveUp(String error) {
            return new Outcome(false, true, error);
        }
    }

    Outcome send(Outbox.Claimed message) throws InterruptedException {
        URI uri;
        String contentType;
        if (message.kind() == OutboxMessage.Kind.NOTIFICATIE) {
            if (!settings.notificatiesApi()) {
                return Outcome.giveUp("No Notificaties API is configured any more (NOTIFICATIES_API_URL)");
            }
            uri = client.notificatiesApi("notificaties");
            contentType = "application/json";
        } else {
            // A confirmation names the klant and their address: it goes only where confirmations are still wanted.
            if (Outbox.isBevestiging(message.payload())) {
                if (!settings.bevestigingSubscribers().contains(message.destination())) {
                    return Outcome.giveUp(
                            "Not a configured subscriber of confirmations any more (NOTIFICATIES_BEVESTIGING_SUBSCRIBERS)");
                }
            } else if (!settings.cloudeventsSubscribers().contains(message.destination())) {
                return Outcome.giveUp(
                        "Not a configured CloudEvents subscriber any more (NOTIFICATIES_CLOUDEVENTS_SUBSCRIBERS)");
            }
            try {
                uri = URI.create(message.destination());
            } catch (IllegalArgumentException e) {
                return Outcome.giveUp("Not a URL: " + message.destination());
            }
            contentType = "application/cloudevents+json";
        }
        try {
            HttpResponse<String> response;
            try (var call = traces.start("notificatie " + message.kind().column, message.traceparent())) {
                HttpRequest.Builder request = client.request(uri)
                        .header("Content-Type", contentType)
                        .header(IDEMPOTENCY_KEY, message.messageId().toString());
                call.traceparent().ifPresent(context -> request.header(TraceParent.HEADER, context.toString()));
                try {
                    response = client.send(request.POST(HttpRequest.BodyPublishers.ofString(message.payload()))
                            .build());
                } catch (IOException | RuntimeException e) {
                    call.failed(e);
                    throw e;
                }
            }
            if (response.statusCode() / 100 == 2) {
                return Outcome.DELIVERED;
            }
            return Outcome.retry("HTTP " + response.statusCode() + " from " + uri + ": " + abbreviate(response.body()));
        } catch (IOException | IllegalArgumentException e) {
            return Outcome.retry(e.getClass().getSimpleName() + " sending to " + uri + ": " + e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }
}
