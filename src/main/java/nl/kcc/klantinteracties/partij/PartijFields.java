package nl.kcc.klantinteracties.partij;

import java.util.Map;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The fields of a partij as the standard defines them, and the schema of {@code partijIdentificatie} per kind. */
public final class PartijFields {

    private PartijFields() {}

    public static final Fields.StringField NUMMER = Fields.string("nummer")
            .maxLength(10)
            .pattern("^[0-9]*$", "Een nummer bestaat uit hoogstens 10 cijfers.")
            .nullable()
            .deprecated();
    public static final Fields.StringField INTERNE_NOTITIE =
            Fields.string("interneNotitie").maxLength(1000);
    public static final Field<?> BETROKKENEN =
            Fields.refList("betrokkenen", "Betrokkene").readOnly();
    public static final Field<?> CATEGORIE_RELATIES = Fields.shown(
            "categorieRelaties",
            Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/CategorieRelatieForeignKey")));
    public static final Fields.RefListField DIGITALE_ADRESSEN =
            Fields.refList("digitaleAdressen", "DigitaalAdres").nullable();
    public static final Fields.RefField VOORKEURS_DIGITAAL_ADRES =
            Fields.ref("voorkeursDigitaalAdres", "DigitaalAdres").nullable();
    public static final Field<?> VERTEGENWOORDIGDEN =
            Fields.refList("vertegenwoordigden", "Partij").readOnly();
    public static final Fields.RefListField REKENINGNUMMERS =
            Fields.refList("rekeningnummers", "Rekeningnummer").nullable();
    public static final Fields.RefField VOORKEURS_REKENINGNUMMER =
            Fields.ref("voorkeursRekeningnummer", "Rekeningnummer").nullable();
    public static final Fields.ObjectListField PARTIJ_IDENTIFICATOREN = Fields.objectList(
                    "partijIdentificatoren", PartijIdentificatorFields.SCHEMA)
            .nullable();
    public static final Fields.EnumField<SoortPartij> SOORT_PARTIJ =
            Fields.enumeration("soortPartij", SoortPartij.class).required();
    public static final Fields.BooleanField INDICATIE_GEHEIMHOUDING =
            Fields.bool("indicatieGeheimhouding").nullable();
    public static final Fields.StringField VOORKEURSTAAL =
            Fields.string("voorkeurstaal").maxLength(3);
    public static final Fields.BooleanField INDICATIE_ACTIEF =
            Fields.bool("indicatieActief").required();
    public static final Fields.ObjectField BEZOEKADRES =
            Fields.object("bezoekadres", Adres.schema("PartijBezoekadres")).nullable();
    public static final Fields.ObjectField CORRESPONDENTIEADRES = Fields.object(
                    "correspondentieadres", Adres.schema("PartijCorrespondentieadres"))
            .nullable();
    public static final Field<JsonNode> PARTIJ_IDENTIFICATIE = new PartijIdentificatieField().nullable();

    // The members of partijIdentificatie.

    public static final Fields.ObjectField CONTACTNAAM =
            Fields.object("contactnaam", Contactnaam.SCHEMA).nullable();
    static final Field<?> VOLLEDIGE_NAAM = Fields.shown("volledigeNaam", Map.of("type", "string"));
    public static final Fields.StringField NAAM = Fields.string("naam").maxLength(200);
    static final UuidField CONTACTPERSOON_UUID = new UuidField("uuid");
    static final Fields.RefField WERKTE_VOOR_PARTIJ =
            Fields.ref("werkteVoorPartij", "Partij").nullable();

    public static final ObjectSchema PERSOON = ObjectSchema.of("Persoon", CONTACTNAAM, VOLLEDIGE_NAAM);
    public static final ObjectSchema ORGANISATIE = ObjectSchema.of("Organisatie", NAAM);
    public static final ObjectSchema CONTACTPERSOON =
            ObjectSchema.of("Contactpersoon", CONTACTPERSOON_UUID, WERKTE_VOOR_PARTIJ, CONTACTNAAM, VOLLEDIGE_NAAM);

    /** The schema of {@code partijIdentificatie} per kind, keyed as the discriminator is written. */
    public static final Map<String, ObjectSchema> IDENTIFICATIE = Map.of(
            Wire.of(SoortPartij.PERSOON), PERSOON,
            Wire.of(SoortPartij.ORGANISATIE), ORGANISATIE,
            Wire.of(SoortPartij.CONTACTPERSOON), CONTACTPERSOON);

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "Partij",
            Fields.uuid(),
            Fields.url(),
            NUMMER,
            INTERNE_NOTITIE,
            BETROKKENEN,
            CATEGORIE_RELATIES,
            DIGITALE_ADRESSEN,
            VOORKEURS_DIGITAAL_ADRES,
            VERTEGENWOORDIGDEN,
            REKENINGNUMMERS,
            VOORKEURS_REKENINGNUMMER,
            PARTIJ_IDENTIFICATOREN,
            SOORT_PARTIJ,
            INDICATIE_GEHEIMHOUDING,
            VOORKEURSTAAL,
            INDICATIE_ACTIEF,
            BEZOEKADRES,
            CORRESPONDENTIEADRES,
            PARTIJ_IDENTIFICATIE);

    static @Nullable ObjectSchema identificatie(@Nullable SoortPartij soort) {
        return IDENTIFICATIE.get(Wire.of(soort));
    }
}
