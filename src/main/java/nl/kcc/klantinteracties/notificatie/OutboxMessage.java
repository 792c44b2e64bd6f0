package nl.kcc.klantinteracties.notificatie;

import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * One message for one destination, as written to the outbox.
 *
 * @param messageId the message's identity, the same for every destination it goes to
 * @param destination {@link NotificatieSettings#NOTIFICATIES_API} or a subscriber's URL
 * @param kind what the payload is
 * @param objectUuid the object whose earlier messages must reach the destination first
 * @param payload the body that is sent
 */
record OutboxMessage(UUID messageId, String destination, Kind kind, UUID objectUuid, ObjectNode payload) {

    enum Kind {
        NOTIFICATIE("notificatie"),
        CLOUDEVENT("cloudevent");

        final String column;

        Kind(String column) {
            this.column = column;
        }

        static Kind of(String column) {
            return column.equals(NOTIFICATIE.column) ? NOTIFICATIE : CLOUDEVENT;
        }
    }
}
