package nl.kcc.klantinteracties.notificatie;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the CloudEvents 1.0 (structured JSON) the subscribers receive about a change:
 *
 * <ul>
 *   <li>every notification again, as {@code nl.kcc.klantinteracties.<resource>.<actie>} (e.g.
 *       {@code nl.kcc.klantinteracties.klantcontact.partial_update}) with the notification as its {@code data} and the
 *       object's uuid as its {@code subject};
 *   <li>{@code nl.overheid.zaken.zaak-gekoppeld} and {@code nl.overheid.zaken.zaak-ontkoppeld} when an onderwerpobject
 *       of a klantcontact starts or stops pointing at a zaak by its uuid, with the zaak's uuid as {@code subject}.
 * </ul>
 */
final class CloudEventBuilder {

    static final String TYPE_PREFIX = "nl.kcc.klantinteracties.";
    static final String ZAAK_GEKOPPELD = "nl.overheid.zaken.zaak-gekoppeld";
    static final String ZAAK_ONTKOPPELD = "nl.overheid.zaken.zaak-ontkoppeld";
    static final String ONDERWERPOBJECTEN = "onderwerpobjecten";

    /**
     * One event and the object whose messages it must not overtake.
     *
     * @param id the event's {@code id}
     * @param objectUuid the object the event is about in the register (an onderwerpobject for zaak events)
     * @param event the event
     */
    record Event(UUID id, UUID objectUuid, ObjectNode event) {}

    /** An onderwerpobject that points at a zaak from a klantcontact: a link the zaak's systems want to hear about. */
    private record ZaakLink(UUID zaak, UUID klantcontact) {}

    private final String source;
    private final boolean freeText;
    private final KlantcontactLookup klantcontacten;
    private final Supplier<UUID> ids;

    CloudEventBuilder(String source, boolean freeText, KlantcontactLookup klantcontacten, Supplier<UUID> ids) {
        this.source = source;
        this.freeText = freeText;
        this.klantcontacten = klantcontacten;
        this.ids = ids;
    }

    /**
     * The events about a change.
     *
     * @param notificatie the notification built for the change, null when its resource has no kanaal
     */
    List<Event> build(ChangedObject change, @Nullable ObjectNode notificatie) {
        var events = new ArrayList<Event>();
        if (notificatie != null) {
            UUID id = ids.get();
            var data = notificatie.deepCopy();
            // The notification's own source repeats the envelope's.
            data.remove("source");
            String type = TYPE_PREFIX + notificatie.path("resource").asString() + "." + change.actie();
            events.add(new Event(
                    id, change.uuid(), envelope(id, type, change.uuid().toString(), change, data)));
        }
        if (change.collection().equals(ONDERWERPOBJECTEN)) {
            events.addAll(zaakEvents(change));
        }
        return events;
    }

    private List<Event> zaakEvents(ChangedObject change) {
        ZaakLink before = zaakLink(change.before());
        ZaakLink after = zaakLink(change.after());
        if (Objects.equals(before, after)) {
            return List.of();
        }
        var events = new ArrayList<Event>();
        // A link was read from the onderwerpobject on its side of the change, so that side is there.
        if (before != null) {
            events.add(zaakEvent(ZAAK_ONTKOPPELD, before, Objects.requireNonNull(change.before()), change));
        }
        if (after != null) {
            events.add(zaakEvent(ZAAK_GEKOPPELD, after, Objects.requireNonNull(change.after()), change));
        }
        return events;
    }

    private Event zaakEvent(String type, ZaakLink link, JsonNode onderwerpobject, ChangedObject change) {
        UUID id = ids.get();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("zaak", "urn:uuid:" + link.zaak());
        data.put("linkTo", onderwerpobject.path("url").asString());
        data.put("label", label(link.klantcontact()));
        data.put("linkObjectType", "Onderwerpobject");
        return new Event(id, change.uuid(), envelope(id, type, link.zaak().toString(), change, data));
    }

    private ObjectNode envelope(UUID id, String type, String subject, ChangedObject change, ObjectNode data) {
        return envelope(source, id, type, subject, change, data);
    }

    static ObjectNode envelope(
            String source, UUID id, String type, String subject, ChangedObject change, ObjectNode data) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(change.at()));
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /**
     * The klantcontact's onderwerp, as Open Klant labels the link, only where free text may be sent and the contact is
     * not confidential; otherwise its nummer, which says nothing about the person.
     */
    private String label(UUID klantcontact) {
        var facts = klantcontacten.find(klantcontact);
        if (facts.isEmpty()) {
            return "Klantcontact";
        }
        if (freeText && !facts.get().vertrouwelijk() && !facts.get().onderwerp().isEmpty()) {
            return facts.get().onderwerp();
        }
        String nummer = facts.get().nummer();
        return nummer == null || nummer.isEmpty() ? "Klantcontact" : "Klantcontact " + nummer;
    }

    /** The zaak the onderwerpobject links its klantcontact to, or null when it links none. */
    private static @Nullable ZaakLink zaakLink(@Nullable JsonNode onderwerpobject) {
        if (onderwerpobject == null) {
            return null;
        }
        UUID klantcontact =
                NotificatieBuilder.uuid(onderwerpobject.path("klantcontact").path("uuid"));
        JsonNode identificator = onderwerpobject.path("onderwerpobjectidentificator");
        if (klantcontact == null
                || !"zaak".equals(identificator.path("codeObjecttype").asString(""))
                || !"uuid".equals(identificator.path("codeSoortObjectId").asString(""))) {
            return null;
        }
        UUID zaak = NotificatieBuilder.uuid(identificator.path("objectId"));
        return zaak == null ? null : new ZaakLink(zaak, klantcontact);
    }
}
