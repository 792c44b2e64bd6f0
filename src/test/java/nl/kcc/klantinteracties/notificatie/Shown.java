package nl.kcc.klantinteracties.notificatie;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;

/**
 * Objects as the API shows them, built by the tests: the klantcontact as its own record, and the resources of other
 * families (partij, interne taak, onderwerpobject) as their fields, the way they reach the messages.
 */
record Shown(@JsonIgnore UUID uuid, @JsonAnyGetter Map<String, Object> fields) implements Representation {

    static final String BASE = "https://register.example.nl/klantinteracties/api/v1/";
    static final OffsetDateTime AT = OffsetDateTime.parse("2025-03-04T10:11:12.345678Z");

    @Override
    public Map<String, Object> expand() {
        return null;
    }

    static Shown of(String collection, UUID uuid, Object... keysAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("uuid", uuid.toString());
        fields.put("url", BASE + collection + "/" + uuid);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Shown(uuid, fields);
    }

    Shown with(Object... keysAndValues) {
        var changed = new LinkedHashMap<>(fields);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Shown(uuid, changed);
    }

    static Map<String, Object> ref(String collection, UUID uuid) {
        return Map.of("uuid", uuid.toString(), "url", BASE + collection + "/" + uuid);
    }

    static KlantcontactResponse klantcontact(
            UUID uuid, Boolean gelukt, String hoofdOnderwerpType, boolean verdereActie, boolean vertrouwelijk) {
        return new KlantcontactResponse(
                uuid,
                BASE + "klantcontacten/" + uuid,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.<Reference>of(),
                "0000000042",
                "",
                "telefoon",
                "Paspoort verlengen",
                "Vraag over de afspraak",
                "",
                gelukt,
                hoofdOnderwerpType,
                verdereActie,
                "nld",
                vertrouwelijk,
                OffsetDateTime.parse("2025-03-04T09:00:00Z"),
                Map.of(),
                null);
    }

    static ChangedObject change(String collection, Change.Action action, Representation before, Representation after) {
        UUID uuid = (after != null ? after : before).uuid();
        return ChangedObject.of(collection, uuid, action, before, after, AT);
    }
}
