package nl.kcc.klantinteracties.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;

/**
 * The base of the case tests: the contact centre's cast (afdelingen, medewerkers, intake software) and the steps that
 * most cases share, each an API call as a client such as KISS makes it.
 */
abstract class KccCase extends ApiIT {

    static final String BSN = "999990019";

    /** An afdeling to which tasks are assigned. */
    String afdeling(String naam) {
        return actor(Map.of("naam", naam, "soortActor", "organisatorische_eenheid", "indicatieActief", true));
    }

    /** A logged-in medewerker, known as an actor. */
    String medewerker(String naam) {
        return actor(Map.of(
                "naam",
                naam,
                "soortActor",
                "medewerker",
                "indicatieActief",
                true,
                "actorIdentificatie",
                Map.of("functie", "KCC-medewerker", "telefoonnummer", "0201234567")));
    }

    /** Software that registers contacts on its own: the mailbox reader, the scanstraat, the app link. */
    String geautomatiseerdeActor(String naam) {
        return actor(Map.of(
                "naam",
                naam,
                "soortActor",
                "geautomatiseerde_actor",
                "indicatieActief",
                true,
                "actorIdentificatie",
                Map.of("functie", "Intake")));
    }

    private String actor(Map<String, Object> body) {
        return api().body(body)
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    /** F7554: the authenticated klant, not yet known, is registered as a partij. */
    String registreerPartij(String voornaam, String achternaam, String bsn) {
        return api().body(Bodies.persoon(voornaam, achternaam, bsn))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    /** F0138 by BSN: the partij of the authenticated klant, or null when the register does not know them. */
    String zoekPartij(String bsn) {
        List<String> found = api().get("/partijen?partijIdentificator__codeRegister=brp"
                        + "&partijIdentificator__codeObjecttype=natuurlijk_persoon"
                        + "&partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=" + bsn)
                .then()
                .statusCode(200)
                .extract()
                .path("results.uuid");
        return found.isEmpty() ? null : found.get(0);
    }

    /** A telephone klantcontact about this question, as the standard's clients send it. */
    Map<String, Object> telefoongesprek(String onderwerp, String inhoud) {
        return Bodies.with(Bodies.klantcontact(), "onderwerp", onderwerp, "inhoud", inhoud);
    }

    /** The klant as betrokkene: a known partij. */
    Map<String, Object> klant(String partij) {
        var betrokkene = new LinkedHashMap<String, Object>();
        betrokkene.put("wasPartij", Bodies.ref(partij));
        betrokkene.put("rol", "klant");
        betrokkene.put("initiator", true);
        return betrokkene;
    }

    /** The klant as betrokkene: only the name they gave. */
    Map<String, Object> ongekendeKlant(String voornaam, String achternaam) {
        return Map.of(
                "rol",
                "klant",
                "initiator",
                true,
                "contactnaam",
                Map.of("voornaam", voornaam, "voorvoegselAchternaam", "van", "achternaam", achternaam));
    }

    /** F2173 the way most clients do it: /maak-klantcontact, then the medewerker linked as actor. */
    Registratie registreer(Map<String, Object> klantcontact, Map<String, Object> betrokkene, String medewerker) {
        var body = new LinkedHashMap<String, Object>();
        body.put("klantcontact", klantcontact);
        body.put("betrokkene", betrokkene);
        var created = api().body(body)
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract();
        var registratie = new Registratie(created.path("klantcontact.uuid"), created.path("betrokkene.uuid"));
        koppel(medewerker, registratie.klantcontact());
        return registratie;
    }

    record Registratie(String klantcontact, String betrokkene) {}

    /** F6542: an actor is linked to the klantcontact. */
    void koppel(String actor, String klantcontact) {
        api().body(Map.of("actor", Bodies.ref(actor), "klantcontact", Bodies.ref(klantcontact)))
                .post("/actorklantcontacten")
                .then()
                .statusCode(201);
    }

    /** An interne taak for an actor about the klantcontact. */
    String taak(String klantcontact, String gevraagdeHandeling, String toelichting, String actor) {
        return api().body(Map.of(
                        "aanleidinggevendKlantcontact",
                        Bodies.ref(klantcontact),
                        "gevraagdeHandeling",
                        gevraagdeHandeling,
                        "toelichting",
                        toelichting,
                        "status",
                        "te_verwerken",
                        "toegewezenAanActoren",
                        List.of(Bodies.ref(actor))))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    /** A bijlage pointing at an object in another register (a document, a productaanvraag). */
    String bijlage(String klantcontact, String objectId, String codeObjecttype, String codeRegister) {
        return api().body(Map.of(
                        "wasBijlageVanKlantcontact",
                        Bodies.ref(klantcontact),
                        "bijlageidentificator",
                        Map.of(
                                "objectId", objectId,
                                "codeObjecttype", codeObjecttype,
                                "codeRegister", codeRegister,
                                "codeSoortObjectId", "uuid")))
                .post("/bijlagen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    /** The onderwerpobject identificator of a zaak in the Zaken API. */
    static Map<String, Object> zaak(String uuid) {
        return Map.of(
                "codeObjecttype", "zaak",
                "codeSoortObjectId", "uuid",
                "objectId", uuid,
                "codeRegister", "open-zaak");
    }

    /** How many objects of the register and entries of its audit trail and outbox there are. */
    long footprint() {
        return jdbc.sql("""
                        select (select count(*) from klantcontact) + (select count(*) from betrokkene)
                             + (select count(*) from partij) + (select count(*) from digitaal_adres)
                             + (select count(*) from internetaak) + (select count(*) from audit_entry)
                             + (select count(*) from notificatie_outbox)""").query(Long.class).single();
    }
}
