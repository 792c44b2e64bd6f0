package nl.kcc.klantinteracties.importer;

import static nl.kcc.klantinteracties.importer.Copied.Column.json;
import static nl.kcc.klantinteracties.importer.Copied.Column.of;
import static nl.kcc.klantinteracties.importer.Copied.Column.ref;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import nl.kcc.klantinteracties.partij.Partij;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Every resource the import copies, in the order their foreign keys need: an object is written after the objects it
 * points at, except for the references in {@link Copied#later()}.
 */
final class CopiedResources {

    private static final String KI = ApiPaths.KLANTINTERACTIES;
    private static final String CG = ApiPaths.CONTACTGEGEVENS;

    static final List<Copied> ALL = List.of(
            copied(KI, "categorieen", "categorie", of("naam", o -> Json.text(o, "naam"))),
            new Copied(
                    KI,
                    "actoren",
                    "actor",
                    List.of(
                            of("naam", o -> Json.text(o, "naam")),
                            of("soort_actor", o -> Json.text(o, "soortActor")),
                            of("indicatie_actief", o -> Json.bool(o, "indicatieActief", true)),
                            identificator("identificator_object_id", "actoridentificator", Identificator::objectId),
                            identificator(
                                    "identificator_code_objecttype",
                                    "actoridentificator",
                                    Identificator::codeObjecttype),
                            identificator(
                                    "identificator_code_register", "actoridentificator", Identificator::codeRegister),
                            identificator(
                                    "identificator_code_soort_object_id",
                                    "actoridentificator",
                                    Identificator::codeSoortObjectId),
                            json("actoridentificatie", o -> Rows.toJson(Json.strings(o, "actorIdentificatie")))),
                    List.of(),
                    null),
            new Copied(
                    KI,
                    "partijen",
                    "partij",
                    List.of(
                            of("nummer", o -> Json.nullableText(o, "nummer")),
                            of("interne_notitie", o -> Json.text(o, "interneNotitie")),
                            of("soort_partij", o -> Json.text(o, "soortPartij")),
                            of("indicatie_geheimhouding", o -> Json.bool(o, "indicatieGeheimhouding")),
                            of("voorkeurstaal", o -> Json.text(o, "voorkeurstaal")),
                            of("indicatie_actief", o -> Json.bool(o, "indicatieActief", true)),
                            json("bezoekadres", o -> Rows.toJson(Json.adres(o, "bezoekadres"))),
                            json("correspondentieadres", o -> Rows.toJson(Json.adres(o, "correspondentieadres"))),
                            json("partij_identificatie", o -> Rows.toJson(partijIdentificatie(o)))),
                    List.of(
                            new Copied.Later(
                                    "werkteVoorPartij",
                                    o -> Json.ref(o, "partijIdentificatie.werkteVoorPartij"),
                                    "werkte_voor_partij_uuid",
                                    "partij"),
                            new Copied.Later(
                                    "voorkeursDigitaalAdres",
                                    o -> Json.ref(o, "voorkeursDigitaalAdres"),
                                    "voorkeurs_digitaal_adres_uuid",
                                    "digitaal_adres"),
                            new Copied.Later(
                                    "voorkeursRekeningnummer",
                                    o -> Json.ref(o, "voorkeursRekeningnummer"),
                                    "voorkeurs_rekeningnummer_uuid",
                                    "rekeningnummer")),
                    null),
            new Copied(
                    KI,
                    "partij-identificatoren",
                    "partij_identificator",
                    List.of(
                            ref("partij_uuid", o -> Json.ref(o, "identificeerdePartij"), "partij", false),
                            of("andere_partij_identificator", o -> Json.text(o, "anderePartijIdentificator")),
                            of("code_objecttype", o -> Json.text(o, "partijIdentificator.codeObjecttype")),
                            of("code_soort_object_id", o -> Json.text(o, "partijIdentificator.codeSoortObjectId")),
                            of("object_id", o -> Json.text(o, "partijIdentificator.objectId")),
                            of("code_register", o -> Json.text(o, "partijIdentificator.codeRegister"))),
                    List.of(new Copied.Later(
                            "subIdentificatorVan",
                            o -> Json.ref(o, "subIdentificatorVan"),
                            "sub_identificator_van_uuid",
                            "partij_identificator")),
                    null),
            copied(
                    KI,
                    "rekeningnummers",
                    "rekeningnummer",
                    ref("partij_uuid", o -> Json.ref(o, "partij"), "partij", false),
                    of("iban", o -> Json.text(o, "iban")),
                    of("bic", o -> Json.text(o, "bic"))),
            copied(
                    KI,
                    "vertegenwoordigingen",
                    "vertegenwoordiging",
                    ref(
                            "vertegenwoordigende_partij_uuid",
                            o -> Json.ref(o, "vertegenwoordigendePartij"),
                            "partij",
                            true),
                    ref("vertegenwoordigde_partij_uuid", o -> Json.ref(o, "vertegenwoordigdePartij"), "partij", true)),
            copied(
                    KI,
                    "categorie-relaties",
                    "categorie_relatie",
                    ref("partij_uuid", o -> Json.ref(o, "partij"), "partij", false),
                    ref("categorie_uuid", o -> Json.ref(o, "categorie"), "categorie", false),
                    of("begin_datum", o -> Json.date(o, "beginDatum")),
                    of("eind_datum", o -> Json.date(o, "eindDatum"))),
            copied(
                    KI,
                    "klantcontacten",
                    "klantcontact",
                    of("nummer", o -> Json.nullableText(o, "nummer")),
                    of("referentienummer", o -> Json.nullableText(o, "referentienummer")),
                    of("kanaal", o -> Json.text(o, "kanaal")),
                    of("onderwerp", o -> Json.text(o, "onderwerp")),
                    of("inhoud", o -> Json.text(o, "inhoud")),
                    of("reactie", o -> Json.text(o, "reactie")),
                    of("indicatie_contact_gelukt", o -> Json.bool(o, "indicatieContactGelukt")),
                    of("hoofd_onderwerp_type", o -> Json.text(o, "hoofdOnderwerpType")),
                    of("verdere_actie_ondernomen", o -> Json.bool(o, "verdereActieOndernomen", false)),
                    of("taal", o -> Json.text(o, "taal")),
                    of("vertrouwelijk", o -> Json.bool(o, "vertrouwelijk", false)),
                    of("plaatsgevonden_op", o -> Json.dateTime(o, "plaatsgevondenOp")),
                    json("metadata", o -> Rows.toJson(metadata(o)))),
            copied(
                    KI,
                    "betrokkenen",
                    "betrokkene",
                    ref("klantcontact_uuid", o -> Json.ref(o, "hadKlantcontact"), "klantcontact", true),
                    ref("partij_uuid", o -> Json.ref(o, "wasPartij"), "partij", false),
                    of("rol", o -> Json.text(o, "rol")),
                    of("initiator", o -> Json.bool(o, "initiator", false)),
                    of("organisatienaam", o -> Json.text(o, "organisatienaam")),
                    contactnaam("contactnaam_voorletters", Contactnaam::voorletters),
                    contactnaam("contactnaam_voornaam", Contactnaam::voornaam),
                    contactnaam("contactnaam_voorvoegsel_achternaam", Contactnaam::voorvoegselAchternaam),
                    contactnaam("contactnaam_achternaam", Contactnaam::achternaam),
                    json("bezoekadres", o -> Rows.toJson(Json.adres(o, "bezoekadres"))),
                    json("correspondentieadres", o -> Rows.toJson(Json.adres(o, "correspondentieadres")))),
            copied(
                    KI,
                    "onderwerpobjecten",
                    "onderwerpobject",
                    ref("klantcontact_uuid", o -> Json.ref(o, "klantcontact"), "klantcontact", false),
                    ref("was_klantcontact_uuid", o -> Json.ref(o, "wasKlantcontact"), "klantcontact", false),
                    identificator("identificator_object_id", "onderwerpobjectidentificator", Identificator::objectId),
                    identificator(
                            "identificator_code_objecttype",
                            "onderwerpobjectidentificator",
                            Identificator::codeObjecttype),
                    identificator(
                            "identificator_code_register", "onderwerpobjectidentificator", Identificator::codeRegister),
                    identificator(
                            "identificator_code_soort_object_id",
                            "onderwerpobjectidentificator",
                            Identificator::codeSoortObjectId)),
            copied(
                    KI,
                    "bijlagen",
                    "bijlage",
                    ref("klantcontact_uuid", o -> Json.ref(o, "wasBijlageVanKlantcontact"), "klantcontact", false),
                    identificator("identificator_object_id", "bijlageidentificator", Identificator::objectId),
                    identificator(
                            "identificator_code_objecttype", "bijlageidentificator", Identificator::codeObjecttype),
                    identificator("identificator_code_register", "bijlageidentificator", Identificator::codeRegister),
                    identificator(
                            "identificator_code_soort_object_id",
                            "bijlageidentificator",
                            Identificator::codeSoortObjectId)),
            copied(
                    KI,
                    "actorklantcontacten",
                    "actorklantcontact",
                    ref("actor_uuid", o -> Json.ref(o, "actor"), "actor", true),
                    ref("klantcontact_uuid", o -> Json.ref(o, "klantcontact"), "klantcontact", true)),
            new Copied(
                    KI,
                    "internetaken",
                    "internetaak",
                    List.of(
                            of("nummer", o -> Json.nullableText(o, "nummer")),
                            of("referentienummer", o -> Json.nullableText(o, "referentienummer")),
                            of("gevraagde_handeling", o -> Json.text(o, "gevraagdeHandeling")),
                            ref(
                                    "klantcontact_uuid",
                                    o -> Json.ref(o, "aanleidinggevendKlantcontact"),
                                    "klantcontact",
                                    true),
                            of("toelichting", o -> Json.text(o, "toelichting")),
                            of("status", o -> Json.text(o, "status")),
                            of("toegewezen_op", o -> Json.dateTime(o, "toegewezenOp")),
                            of("afgehandeld_op", o -> Json.dateTime(o, "afgehandeldOp"))),
                    List.of(),
                    new Copied.Children(
                            "toegewezenAanActoren",
                            "internetaak_actor",
                            "internetaak_uuid",
                            "actor_uuid",
                            "volgorde",
                            CopiedResources::toegewezenAanActoren,
                            "actor")),
            copied(
                    KI,
                    "digitaleadressen",
                    "digitaal_adres",
                    ref("partij_uuid", o -> Json.ref(o, "verstrektDoorPartij"), "partij", false),
                    ref("betrokkene_uuid", o -> Json.ref(o, "verstrektDoorBetrokkene"), "betrokkene", false),
                    of("adres", o -> Json.text(o, "adres")),
                    of("soort_digitaal_adres", o -> Json.text(o, "soortDigitaalAdres")),
                    of("is_standaard_adres", o -> Json.bool(o, "isStandaardAdres", false)),
                    of("omschrijving", o -> Json.text(o, "omschrijving")),
                    of("referentie", o -> Json.text(o, "referentie")),
                    of("verificatie_datum", o -> Json.date(o, "verificatieDatum"))),
            copied(
                    CG,
                    "persoon",
                    "contactgegevens_persoon",
                    of("geboortedatum", o -> Json.date(o, "geboortedatum")),
                    of("overlijdensdatum", o -> Json.date(o, "overlijdensdatum")),
                    of("geslachtsnaam", o -> Json.text(o, "geslachtsnaam")),
                    of("geslacht", o -> Json.text(o, "geslacht")),
                    of("voorvoegsel", o -> Json.text(o, "voorvoegsel")),
                    of("voornamen", o -> Json.text(o, "voornamen")),
                    json("adres", o -> Rows.toJson(Json.adres(o, "adres")))),
            copied(
                    CG,
                    "organisatie",
                    "contactgegevens_organisatie",
                    of("handelsnaam", o -> Json.text(o, "handelsnaam")),
                    of("oprichtingsdatum", o -> Json.date(o, "oprichtingsdatum")),
                    of("opheffingsdatum", o -> Json.date(o, "opheffingsdatum")),
                    json("adres", o -> Rows.toJson(Json.adres(o, "adres")))));

    private CopiedResources() {}

    static Copied named(String collection) {
        return ALL.stream()
                .filter(c -> c.collection().equals(collection))
                .findFirst()
                .orElseThrow();
    }

    private static Copied copied(String apiPath, String collection, String table, Copied.Column... columns) {
        return new Copied(apiPath, collection, table, List.of(columns), List.of(), null);
    }

    /** One of the four columns of an identificator group, all null when the source shows it empty. */
    private static Copied.Column identificator(
            String column, String group, java.util.function.Function<Identificator, String> part) {
        return of(column, o -> {
            Identificator identificator = Json.identificator(o, group);
            return identificator == null ? null : part.apply(identificator);
        });
    }

    /** One of the contactnaam columns of a betrokkene, all null when the source shows it empty. */
    private static Copied.Column contactnaam(String column, java.util.function.Function<Contactnaam, String> part) {
        return of(column, o -> {
            Contactnaam naam = Json.contactnaam(o, "contactnaam");
            return naam == null ? null : part.apply(naam);
        });
    }

    /**
     * The part of a partij that depends on its kind, as the partij repository keeps it: a persoon's and a
     * contactpersoon's contactnaam (with the contactpersoon's own uuid), an organisatie's naam. The contactpersoon's
     * organisatie is a reference of its own, set later.
     */
    private static Partij.@Nullable Identificatie partijIdentificatie(JsonNode o) {
        JsonNode part = Json.member(o, "partijIdentificatie");
        if (part == null) {
            return null;
        }
        return switch (Json.text(o, "soortPartij")) {
            case "organisatie" -> new Partij.Identificatie(null, null, Json.text(part, "naam"));
            case "contactpersoon" ->
                new Partij.Identificatie(Json.uuid(part, "uuid"), Json.contactnaam(part, "contactnaam"), null);
            default -> new Partij.Identificatie(null, Json.contactnaam(part, "contactnaam"), null);
        };
    }

    private static Map<String, String> metadata(JsonNode o) {
        Map<String, String> metadata = Json.strings(o, "metadata");
        return metadata == null ? Map.of() : metadata;
    }

    /** Open Klant before 2.5 shows one actor ({@code toegewezenAanActor}); later versions list them all. */
    private static List<java.util.UUID> toegewezenAanActoren(JsonNode o) {
        JsonNode list = Json.member(o, "toegewezenAanActoren");
        if (list != null) {
            return Json.refs(o, "toegewezenAanActoren");
        }
        java.util.UUID one = Json.ref(o, "toegewezenAanActor");
        return one == null ? List.of() : List.of(one);
    }
}
