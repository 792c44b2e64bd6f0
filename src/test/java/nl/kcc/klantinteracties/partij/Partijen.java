package nl.kcc.klantinteracties.partij;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Partijen and their identificatoren as the tests register them, with numbers that pass the registers' checks. */
public final class Partijen {

    private Partijen() {}

    /** BSNs and an RSIN that pass the elfproef. */
    public static final String BSN = "111222333";

    public static final String BSN_2 = "999993653";
    public static final String BSN_3 = "123456782";
    public static final String RSIN = "002564440";
    public static final String KVK = "12345678";
    public static final String KVK_2 = "87654321";
    public static final String VESTIGINGSNUMMER = "000012345678";
    public static final String VESTIGINGSNUMMER_2 = "000087654321";

    public static Map<String, Object> persoon(String voornaam, String achternaam) {
        var body = new LinkedHashMap<String, Object>();
        body.put("soortPartij", "persoon");
        body.put("indicatieActief", true);
        body.put("partijIdentificatie", Map.of("contactnaam", Map.of("voornaam", voornaam, "achternaam", achternaam)));
        return body;
    }

    public static Map<String, Object> organisatie(String naam) {
        var body = new LinkedHashMap<String, Object>();
        body.put("soortPartij", "organisatie");
        body.put("indicatieActief", true);
        body.put("partijIdentificatie", Map.of("naam", naam));
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

    public static Map<String, Object> groep(
            String codeObjecttype, String codeSoortObjectId, String objectId, String codeRegister) {
        var groep = new LinkedHashMap<String, Object>();
        groep.put("codeObjecttype", codeObjecttype);
        groep.put("codeSoortObjectId", codeSoortObjectId);
        groep.put("objectId", objectId);
        groep.put("codeRegister", codeRegister);
        return groep;
    }

    public static Map<String, Object> bsnGroep(String bsn) {
        return groep("natuurlijk_persoon", "bsn", bsn, "brp");
    }

    public static Map<String, Object> kvkGroep(String kvk) {
        return groep("niet_natuurlijk_persoon", "kvk_nummer", kvk, "hr");
    }

    public static Map<String, Object> vestigingGroep(String vestigingsnummer) {
        return groep("vestiging", "vestigingsnummer", vestigingsnummer, "hr");
    }

    /** An identificator as an item of a partij's {@code partijIdentificatoren}. */
    public static Map<String, Object> item(Map<String, Object> groep) {
        return Map.of("partijIdentificator", groep);
    }

    /** An identificator for {@code /partij-identificatoren}; {@code partij} may be null. */
    public static Map<String, Object> identificator(String partij, Map<String, Object> groep) {
        var body = new LinkedHashMap<String, Object>();
        body.put("identificeerdePartij", partij == null ? null : ref(partij));
        body.put("partijIdentificator", groep);
        return body;
    }

    public static Map<String, Object> ref(String uuid) {
        return Map.of("uuid", uuid);
    }

    public static List<Map<String, Object>> refs(String... uuids) {
        return java.util.Arrays.stream(uuids).map(Partijen::ref).toList();
    }

    /** Registers the object at {@code path} and returns its uuid. */
    public static String registreer(RequestSpecification api, String path, Object body) {
        return api.body(body).post(path).then().statusCode(201).extract().path("uuid");
    }

    public static String registreer(RequestSpecification api, Map<String, Object> partij) {
        return registreer(api, "/partijen", partij);
    }

    /** A uuid no object has. */
    public static final String ONBEKEND = "01a2230f-dc1e-70f6-9769-5cfc8e86f2fd";

    public static final String PARTIJ_IDENTIFICATOREN = "/partij-identificatoren";

    public static String emailadres(RequestSpecification api, String adres) {
        return registreer(api, "/digitaleadressen", Map.of("adres", adres, "soortDigitaalAdres", "email"));
    }

    public static String rekeningnummer(RequestSpecification api, String iban) {
        return registreer(api, "/rekeningnummers", Map.of("iban", iban));
    }

    public static String klantcontact(RequestSpecification api) {
        return registreer(
                api,
                "/klantcontacten",
                Map.of("kanaal", "telefoon", "onderwerp", "Paspoort", "taal", "nld", "vertrouwelijk", false));
    }

    /** Jan Jansen as the klant of the contact, who was the partij. */
    public static String betrokkene(RequestSpecification api, String klantcontact, String partij) {
        return registreer(api, "/betrokkenen", """
                {"hadKlantcontact": {"uuid": "%s"}, "wasPartij": {"uuid": "%s"}, "rol": "klant", "initiator": true,
                 "contactnaam": {"voornaam": "Jan", "achternaam": "Jansen"}}""".formatted(klantcontact, partij));
    }
}
