package nl.kcc.klantinteracties.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies the tests build on: valid objects a test changes one thing in. */
public final class Bodies {

    private Bodies() {}

    /** A telephone contact that happened, as KISS registers one. */
    public static Map<String, Object> klantcontact() {
        var body = new LinkedHashMap<String, Object>();
        body.put("kanaal", "telefoon");
        body.put("onderwerp", "Afvalinzameling rond kerst");
        body.put("inhoud", "Wanneer wordt het afval opgehaald?");
        body.put("indicatieContactGelukt", true);
        body.put("taal", "nld");
        body.put("vertrouwelijk", false);
        body.put("plaatsgevondenOp", "2024-12-20T10:00:00+01:00");
        return body;
    }

    /** A person known in the BRP by this BSN, as KISS registers one after authentication. */
    public static Map<String, Object> persoon(String voornaam, String achternaam, String bsn) {
        var body = new LinkedHashMap<String, Object>();
        body.put("soortPartij", "persoon");
        body.put("indicatieActief", true);
        body.put("voorkeurstaal", "nld");
        body.put("partijIdentificatie", Map.of("contactnaam", Map.of("voornaam", voornaam, "achternaam", achternaam)));
        body.put(
                "partijIdentificatoren",
                java.util.List.of(Map.of(
                        "partijIdentificator",
                        Map.of(
                                "codeRegister", "brp",
                                "codeObjecttype", "natuurlijk_persoon",
                                "codeSoortObjectId", "bsn",
                                "objectId", bsn))));
        return body;
    }

    /** The body with some fields changed or added. */
    public static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
        var changed = new LinkedHashMap<>(body);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changed;
    }

    /** A reference as clients write it: the uuid alone. */
    public static Map<String, Object> ref(String uuid) {
        return Map.of("uuid", uuid);
    }
}
