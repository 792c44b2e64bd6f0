package nl.kcc.klantinteracties.digitaaladres;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;

/** The fields of a digitaal adres as the standard defines them. */
public final class DigitaalAdresFields {

    private DigitaalAdresFields() {}

    public static final Fields.RefField VERSTREKT_DOOR_BETROKKENE =
            Fields.ref("verstrektDoorBetrokkene", "Betrokkene").nullable();
    public static final Fields.RefField VERSTREKT_DOOR_PARTIJ =
            Fields.ref("verstrektDoorPartij", "Partij").nullable();
    public static final Fields.StringField ADRES =
            Fields.string("adres").maxLength(80).required();
    public static final Fields.EnumField<SoortDigitaalAdres> SOORT_DIGITAAL_ADRES =
            Fields.enumeration("soortDigitaalAdres", SoortDigitaalAdres.class).required();
    public static final Fields.BooleanField IS_STANDAARD_ADRES = Fields.bool("isStandaardAdres");
    public static final Fields.StringField OMSCHRIJVING =
            Fields.string("omschrijving").maxLength(40);
    public static final Fields.StringField REFERENTIE = Fields.string("referentie")
            .maxLength(50)
            .pattern("^[-a-zA-Z0-9_]+$", "Een referentie bestaat uit letters, cijfers, - en _.");
    public static final Fields.DateField VERIFICATIE_DATUM =
            Fields.date("verificatieDatum").nullable();

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "DigitaalAdres",
            Fields.uuid(),
            Fields.url(),
            VERSTREKT_DOOR_BETROKKENE,
            VERSTREKT_DOOR_PARTIJ,
            ADRES,
            SOORT_DIGITAAL_ADRES,
            IS_STANDAARD_ADRES,
            OMSCHRIJVING,
            REFERENTIE,
            VERIFICATIE_DATUM);
}
