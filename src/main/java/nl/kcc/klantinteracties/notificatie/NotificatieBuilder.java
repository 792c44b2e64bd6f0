package nl.kcc.klantinteracties.notificatie;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.notificatie.Kanaal.Kenmerk;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the message the Notificaties API receives about a change: on the resource's kanaal, with the object's URL as
 * both {@code hoofdObject} and {@code resourceUrl}, and the kanaal's kenmerken as strings.
 */
final class NotificatieBuilder {

    /** The Notificaties API takes kenmerken of at most this many characters. */
    static final int MAX_KENMERK_LENGTH = 1000;

    private final boolean freeTextKenmerken;
    private final @Nullable String source;
    private final KlantcontactLookup klantcontacten;

    NotificatieBuilder(boolean freeTextKenmerken, @Nullable String source, KlantcontactLookup klantcontacten) {
        this.freeTextKenmerken = freeTextKenmerken;
        this.source = source;
        this.klantcontacten = klantcontacten;
    }

    NotificatieBuilder(NotificatieSettings settings, KlantcontactLookup klantcontacten) {
        this(settings.freeTextKenmerken(), settings.source(), klantcontacten);
    }

    /** The message, or nothing when the resource has no kanaal. */
    Optional<ObjectNode> build(ChangedObject change) {
        return Kanalen.forCollection(change.collection()).map(kanaal -> build(kanaal, change));
    }

    private ObjectNode build(Kanaal kanaal, ChangedObject change) {
        JsonNode object = change.current();
        String url = object.path("url").asString();
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("kanaal", kanaal.naam());
        message.put("hoofdObject", url);
        message.put("resource", kanaal.resource());
        message.put("resourceUrl", url);
        message.put("actie", change.actie());
        message.put("aanmaakdatum", DateTimeFormatter.ISO_INSTANT.format(change.at()));
        ObjectNode kenmerken = message.putObject("kenmerken");
        Boolean vertrouwelijk = null;
        for (Kenmerk kenmerk : kanaal.kenmerken()) {
            if (kenmerk.vrijeTekst() && !freeTextKenmerken) {
                continue;
            }
            if (kenmerk.tekst()) {
                if (vertrouwelijk == null) {
                    vertrouwelijk = vertrouwelijk(kanaal, object);
                }
                if (vertrouwelijk) {
                    continue;
                }
            }
            String value = kenmerkValue(object.path(kenmerk.naam()));
            // The Notificaties API takes only non-empty strings: a kenmerk without a value is left out.
            if (value != null && !value.isEmpty()) {
                kenmerken.put(kenmerk.naam(), truncate(value));
            }
        }
        if (source != null) {
            message.put("source", source);
        }
        return message;
    }

    /** Whether the object belongs to a confidential klantcontact; when that cannot be told, it is treated as one. */
    private boolean vertrouwelijk(Kanaal kanaal, JsonNode object) {
        return switch (kanaal.vertrouwelijkheid()) {
            case GEHEIMHOUDING -> object.path("indicatieGeheimhouding").asBoolean(false);
            case EIGEN -> object.path("vertrouwelijk").asBoolean(true);
            case AANLEIDINGGEVEND_KLANTCONTACT -> {
                UUID klantcontact =
                        uuid(object.path("aanleidinggevendKlantcontact").path("uuid"));
                yield klantcontact == null
                        || klantcontacten
                                .find(klantcontact)
                                .map(KlantcontactLookup.KlantcontactFacts::vertrouwelijk)
                                .orElse(true);
            }
        };
    }

    /** A field's value as a kenmerk: text as it is, booleans and numbers as JSON writes them, nothing for null. */
    static @Nullable String kenmerkValue(@Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return null;
        }
        return value.asString();
    }

    static @Nullable UUID uuid(@Nullable JsonNode value) {
        if (value == null || !value.isString()) {
            return null;
        }
        try {
            return UUID.fromString(value.asString());
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    private static String truncate(String value) {
        if (value.codePointCount(0, value.length()) <= MAX_KENMERK_LENGTH) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_KENMERK_LENGTH));
    }
}
