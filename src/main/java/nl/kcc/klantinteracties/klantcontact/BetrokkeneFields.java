package nl.kcc.klantinteracties.klantcontact;

import java.util.Map;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;

/** The fields of a betrokkene as the standard defines them. */
public final class BetrokkeneFields {

    private BetrokkeneFields() {}

    public static final Fields.RefField WAS_PARTIJ =
            Fields.ref("wasPartij", "Partij").nullable();
    public static final Fields.RefField HAD_KLANTCONTACT =
            Fields.ref("hadKlantcontact", "Klantcontact").required();
    public static final Field<?> DIGITALE_ADRESSEN =
            Fields.refList("digitaleAdressen", "DigitaalAdres").readOnly();
    public static final Fields.ObjectField BEZOEKADRES =
            Fields.object("bezoekadres", Adres.schema("Bezoekadres")).nullable();
    public static final Fields.ObjectField CORRESPONDENTIEADRES = Fields.object(
                    "correspondentieadres", Adres.schema("BetrokkeneCorrespondentieadres"))
            .nullable();
    public static final Fields.ObjectField CONTACTNAAM =
            Fields.object("contactnaam", Contactnaam.SCHEMA).nullable();
    public static final Field<?> VOLLEDIGE_NAAM = Fields.shown("volledigeNaam", Map.of("type", "string"));
    public static final Fields.EnumField<Betrokkene.Rol> ROL =
            Fields.enumeration("rol", Betrokkene.Rol.class).required();
    public static final Fields.StringField ORGANISATIENAAM =
            Fields.string("organisatienaam").maxLength(200);
    public static final Fields.BooleanField INITIATOR = Fields.bool("initiator").required();

    public static final ObjectSchema SCHEMA = schema("Betrokkene", HAD_KLANTCONTACT);

    /**
     * A betrokkene sent inside {@code /maak-klantcontact}: it belongs to the klantcontact registered with it, so a
     * {@code hadKlantcontact} in the request is ignored.
     */
    public static final ObjectSchema KLANTCONTACT_READ_ONLY = schema(
            "BetrokkeneKlantcontactReadOnly",
            Fields.ref(HAD_KLANTCONTACT.name(), "Klantcontact").readOnly());

    private static ObjectSchema schema(String name, Field<?> hadKlantcontact) {
        return ObjectSchema.of(
                name,
                Fields.uuid(),
                Fields.url(),
                WAS_PARTIJ,
                hadKlantcontact,
                DIGITALE_ADRESSEN,
                BEZOEKADRES,
                CORRESPONDENTIEADRES,
                CONTACTNAAM,
                VOLLEDIGE_NAAM,
                ROL,
                ORGANISATIENAAM,
                INITIATOR);
    }
}
