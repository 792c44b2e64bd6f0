package nl.kcc.klantinteracties.security.hidden;

import static nl.kcc.klantinteracties.support.Bodies.ref;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.kcc.klantinteracties.support.Bodies;

/**
 * A register holding every kind of object a caller without the vertrouwelijk scope may not see, and every relation
 * from an object it may see to one of them, made by another application with full access (so that ADR 0013's owner
 * rule does not apply to the caller under test).
 *
 * <p>Hidden: a partij under geheimhouding ({@link #geheimePartij}) with its identificator, digitaal adres, rekeningnummer
 * and vertegenwoordigingen; a confidential klantcontact ({@link #geheimContact}) with its betrokkene, onderwerpobject,
 * interne taak, actor link and a digitaal adres only its betrokkene gave. Visible, pointing at them: a partij whose
 * betrokkenen include the confidential contact's and who represents and is represented by the secret partij; a
 * klantcontact with a betrokkene that was the secret partij, an onderwerpobject that was the confidential contact,
 * and an onderwerpobject of the confidential contact pointing back at it; a digitaal adres of the visible partij given
 * through the confidential contact's betrokkene.
 */
public final class HiddenFixture {

    static final String GEHEIM_BSN = "999990032";
    static final String ZICHTBAAR_BSN = "999990020";
    static final String GEHEIM_NUMMER = "7700000001";
    static final String ZICHTBAAR_NUMMER = "7700000002";
    static final String GEHEIM_REFERENTIENUMMER = "9900000001";
    static final String ZICHTBAAR_REFERENTIENUMMER = "9900000002";
    static final String GEHEIM_EMAIL = "qx.verborgen@example.nl";
    static final String GEHEIM_BETROKKENE_EMAIL = "qy.verborgen@example.nl";
    static final String GEHEIME_ZAAK = "ZAAK-QX-GEHEIM";

    /** Texts a person wrote that only hidden objects hold: never in a notification either. */
    static final List<String> FREE_TEXTS = List.of(
            "Qx geheim gesprek",
            "Qx geheime inhoud",
            "Qx geheime handeling",
            "Qx geheime toelichting",
            "Qx geheime notitie",
            GEHEIM_EMAIL,
            GEHEIM_BETROKKENE_EMAIL);

    /** Texts that only hidden objects hold. */
    static final List<String> HIDDEN_TEXTS = List.of(
            "Qxgeheimina",
            "Qxverborgen",
            "Qx geheim gesprek",
            "Qx geheime inhoud",
            GEHEIM_NUMMER,
            GEHEIM_REFERENTIENUMMER,
            GEHEIME_ZAAK,
            "Qx geheime handeling",
            "Qx geheime toelichting",
            "Qx geheime notitie",
            GEHEIM_EMAIL,
            GEHEIM_BETROKKENE_EMAIL,
            GEHEIM_BSN,
            "NL02ABNA0123456789");

    // Hidden.
    final String geheimePartij;
    final String geheimeIdentificator;
    final String geheimAdres;
    final String geheimRekeningnummer;
    final String geheimVertegenwoordigt;
    final String geheimVertegenwoordigd;
    final String geheimContact;
    final String geheimeBetrokkene;
    final String geheimOnderwerpobject;
    final String geheimeTaak;
    final String geheimeActorLink;
    final String geheimBetrokkeneAdres;

    // Visible.
    final String partij;
    final String klantcontact;
    final String betrokkeneVanGeheimePartij;
    final String onderwerpobject;
    final String adresViaGeheimeBetrokkene;
    final String actor;

    public HiddenFixture(Supplier<RequestSpecification> api) {
        partij = post(api, "/partijen", Bodies.persoon("Zichtbaar", "Persoon", ZICHTBAAR_BSN));
        var geheim = Bodies.with(
                Bodies.persoon("Qxgeheimina", "Qxverborgen", GEHEIM_BSN),
                "indicatieGeheimhouding",
                true,
                "interneNotitie",
                "Qx geheime notitie");
        geheimePartij = post(api, "/partijen", geheim);
        geheimeIdentificator = api.get()
                .get("/partijen/" + geheimePartij)
                .then()
                .statusCode(200)
                .extract()
                .path("partijIdentificatoren[0].uuid");
        geheimRekeningnummer =
                post(api, "/rekeningnummers", Map.of("partij", ref(geheimePartij), "iban", "NL02ABNA0123456789"));
        geheimVertegenwoordigt = post(
                api,
                "/vertegenwoordigingen",
                Map.of("vertegenwoordigendePartij", ref(geheimePartij), "vertegenwoordigdePartij", ref(partij)));
        geheimVertegenwoordigd = post(
                api,
                "/vertegenwoordigingen",
                Map.of("vertegenwoordigendePartij", ref(partij), "vertegenwoordigdePartij", ref(geheimePartij)));
        actor = post(api, "/actoren", Map.of("naam", "Afdeling Zichtbaar", "soortActor", "organisatorische_eenheid"));

        klantcontact = post(
                api,
                "/klantcontacten",
                Bodies.with(
                        Bodies.klantcontact(),
                        "nummer",
                        ZICHTBAAR_NUMMER,
                        "referentienummer",
                        ZICHTBAAR_REFERENTIENUMMER));
        geheimContact = post(
                api,
                "/klantcontacten",
                Bodies.with(
                        Bodies.klantcontact(),
                        "vertrouwelijk",
                        true,
                        "nummer",
                        GEHEIM_NUMMER,
                        "referentienummer",
                        GEHEIM_REFERENTIENUMMER,
                        "onderwerp",
                        "Qx geheim gesprek",
                        "inhoud",
                        "Qx geheime inhoud"));

        geheimeBetrokkene = post(api, "/betrokkenen", betrokkene(geheimContact, partij));
        betrokkeneVanGeheimePartij = post(api, "/betrokkenen", betrokkene(klantcontact, geheimePartij));
        geheimAdres = post(
                api,
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorPartij",
                        ref(geheimePartij),
                        "verstrektDoorBetrokkene",
                        ref(betrokkeneVanGeheimePartij),
                        "soortDigitaalAdres",
                        "email",
                        "adres",
                        GEHEIM_EMAIL));
        geheimBetrokkeneAdres = post(
                api,
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorBetrokkene",
                        ref(geheimeBetrokkene),
                        "soortDigitaalAdres",
                        "email",
                        "adres",
                        GEHEIM_BETROKKENE_EMAIL));
        adresViaGeheimeBetrokkene = post(
                api,
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorPartij",
                        ref(partij),
                        "verstrektDoorBetrokkene",
                        ref(geheimeBetrokkene),
                        "soortDigitaalAdres",
                        "telefoonnummer",
                        "adres",
                        "0612345678"));

        onderwerpobject = post(
                api,
                "/onderwerpobjecten",
                Map.of("klantcontact", ref(klantcontact), "wasKlantcontact", ref(geheimContact)));
        geheimOnderwerpobject = post(
                api,
                "/onderwerpobjecten",
                Map.of(
                        "klantcontact",
                        ref(geheimContact),
                        "wasKlantcontact",
                        ref(klantcontact),
                        "onderwerpobjectidentificator",
                        Map.of(
                                "objectId", GEHEIME_ZAAK,
                                "codeObjecttype", "zaak",
                                "codeRegister", "open-zaak",
                                "codeSoortObjectId", "identificatie")));
        geheimeTaak = post(
                api,
                "/internetaken",
                Map.of(
                        "gevraagdeHandeling", "Qx geheime handeling",
                        "toelichting", "Qx geheime toelichting",
                        "aanleidinggevendKlantcontact", ref(geheimContact),
                        "toegewezenAanActoren", List.of(ref(actor)),
                        "status", "te_verwerken"));
        geheimeActorLink =
                post(api, "/actorklantcontacten", Map.of("actor", ref(actor), "klantcontact", ref(geheimContact)));
    }

    /**
     * A hidden object of each kind, by schema name and by collection path, for requests that name an existing
     * object ({@code HostileInputIT}).
     */
    public Map<String, String> hiddenBySchema() {
        var hidden = new LinkedHashMap<String, String>();
        put(hidden, "Partij", "/partijen", geheimePartij);
        put(hidden, "PartijIdentificator", "/partij-identificatoren", geheimeIdentificator);
        put(hidden, "DigitaalAdres", "/digitaleadressen", geheimAdres);
        put(hidden, "Rekeningnummer", "/rekeningnummers", geheimRekeningnummer);
        put(hidden, "Vertegenwoordiging", "/vertegenwoordigingen", geheimVertegenwoordigt);
        put(hidden, "Klantcontact", "/klantcontacten", geheimContact);
        put(hidden, "Betrokkene", "/betrokkenen", geheimeBetrokkene);
        put(hidden, "Onderwerpobject", "/onderwerpobjecten", geheimOnderwerpobject);
        put(hidden, "InterneTaak", "/internetaken", geheimeTaak);
        put(hidden, "ActorKlantcontact", "/actorklantcontacten", geheimeActorLink);
        return hidden;
    }

    private static void put(Map<String, String> map, String schema, String collection, String uuid) {
        map.put(schema, uuid);
        map.put(collection, uuid);
    }

    /** Every hidden object's uuid. */
    public List<String> hiddenUuids() {
        return List.of(
                geheimePartij,
                geheimeIdentificator,
                geheimAdres,
                geheimRekeningnummer,
                geheimVertegenwoordigt,
                geheimVertegenwoordigd,
                geheimContact,
                geheimeBetrokkene,
                geheimOnderwerpobject,
                geheimeTaak,
                geheimeActorLink,
                geheimBetrokkeneAdres);
    }

    /** Every hidden uuid and text. */
    public List<String> secrets() {
        var all = new ArrayList<>(hiddenUuids());
        all.addAll(HIDDEN_TEXTS);
        return all;
    }

    /** The visible objects, by collection. */
    Map<String, List<String>> visible() {
        var visible = new LinkedHashMap<String, List<String>>();
        visible.put("partijen", List.of(partij));
        visible.put("klantcontacten", List.of(klantcontact));
        visible.put("betrokkenen", List.of(betrokkeneVanGeheimePartij));
        visible.put("onderwerpobjecten", List.of(onderwerpobject));
        visible.put("digitaleadressen", List.of(adresViaGeheimeBetrokkene));
        visible.put("actoren", List.of(actor));
        return visible;
    }

    private static Map<String, Object> betrokkene(String klantcontact, String partij) {
        return Map.of(
                "hadKlantcontact", ref(klantcontact), "wasPartij", ref(partij), "rol", "klant", "initiator", true);
    }

    private static String post(Supplier<RequestSpecification> api, String path, Object body) {
        return api.get()
                .body(body)
                .post(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("uuid");
    }
}
