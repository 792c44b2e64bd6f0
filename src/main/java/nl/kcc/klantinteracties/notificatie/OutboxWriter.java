package nl.kcc.klantinteracties.notificatie;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.kcc.klantinteracties.api.Times;
import nl.kcc.klantinteracties.api.Uuids;
import nl.kcc.klantinteracties.api.resource.Change;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the messages about every change to the outbox, in the transaction of the change: a change that commits has
 * its messages waiting, one that rolls back leaves none. Sending is the dispatcher's work, after the commit.
 */
@Component
class OutboxWriter {

    private final NotificatieSettings settings;
    private final Outbox outbox;
    private final NotificatieBuilder notificaties;
    private final CloudEventBuilder cloudEvents;
    private final Bevestigingen bevestigingen;
    private final Clock clock;

    OutboxWriter(NotificatieSettings settings, Outbox outbox, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.outbox = outbox;
        KlantcontactLookup klantcontacten = uuid -> jdbc.sql("""
                        select vertrouwelijk, coalesce(nummer, '') as nummer, onderwerp
                        from klantcontact where uuid = ?""")
                .param(uuid)
                .query((rs, row) -> new KlantcontactLookup.KlantcontactFacts(
                        rs.getBoolean("vertrouwelijk"), rs.getString("nummer"), rs.getString("onderwerp")))
                .optional();
        this.notificaties = new NotificatieBuilder(settings, klantcontacten);
        this.cloudEvents = new CloudEventBuilder(
                settings.cloudEventSource(), settings.freeTextKenmerken(), klantcontacten, Uuids::next);
        this.bevestigingen = new Bevestigingen(jdbc, settings.cloudEventSource(), Uuids::next);
    }

    @EventListener
    void write(Change change) {
        if (!change.announced()
                || !settings.enabled()
                || !concerns(change.resource().collection())) {
            return;
        }
        List<OutboxMessage> messages = messages(ChangedObject.of(change, Times.now(clock)));
        if (!messages.isEmpty()) {
            outbox.add(messages);
        }
    }

    /** The messages about a change, one per destination. */
    List<OutboxMessage> messages(ChangedObject change) {
        var messages = new ArrayList<OutboxMessage>();
        ObjectNode notificatie = notificaties.build(change).orElse(null);
        if (notificatie != null && settings.notificatiesApi()) {
            messages.add(new OutboxMessage(
                    Uuids.next(),
                    NotificatieSettings.NOTIFICATIES_API,
                    OutboxMessage.Kind.NOTIFICATIE,
                    change.uuid(),
                    notificatie));
        }
        if (settings.cloudEvents()) {
            for (CloudEventBuilder.Event event : cloudEvents.build(change, notificatie)) {
                for (String subscriber : settings.cloudeventsSubscribers()) {
                    messages.add(new OutboxMessage(
                            event.id(), subscriber, OutboxMessage.Kind.CLOUDEVENT, event.objectUuid(), event.event()));
                }
            }
        }
        if (settings.bevestigingen()) {
            bevestigingen.build(change).ifPresent(event -> {
                for (String subscriber : settings.bevestigingSubscribers()) {
                    messages.add(new OutboxMessage(
                            event.id(), subscriber, OutboxMessage.Kind.CLOUDEVENT, event.objectUuid(), event.event()));
                }
            });
        }
        return messages;
    }

    private boolean concerns(String collection) {
        return Kanalen.forCollection(collection).isPresent()
                || (settings.cloudEvents() && collection.equals(CloudEventBuilder.ONDERWERPOBJECTEN));
    }
}
