package nl.kcc.klantinteracties.internetaak;

import java.util.Map;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;

/** The fields of an interne taak as the standard defines them. */
public final class InterneTaakFields {

    private InterneTaakFields() {}

    static final String NUMMER_REDEN = "Een nummer bestaat uit hoogstens 10 cijfers.";

    public static final Fields.StringField NUMMER = Fields.string("nummer")
            .maxLength(10)
            .pattern("^[0-9]*$", NUMMER_REDEN)
            .nullable()
            .deprecated();
    public static final Fields.StringField REFERENTIENUMMER = Fields.string("referentienummer")
            .maxLength(10)
            .pattern("^[0-9]*$", NUMMER_REDEN)
            .nullable();
    public static final Fields.StringField GEVRAAGDE_HANDELING =
            Fields.string("gevraagdeHandeling").maxLength(200).required();
    public static final Fields.RefField AANLEIDINGGEVEND_KLANTCONTACT =
            Fields.ref("aanleidinggevendKlantcontact", "Klantcontact").required();
    public static final Fields.RefField TOEGEWEZEN_AAN_ACTOR =
            Fields.ref("toegewezenAanActor", "Actor").deprecated();
    public static final Fields.RefListField TOEGEWEZEN_AAN_ACTOREN = Fields.refList("toegewezenAanActoren", "Actor");
    public static final Fields.StringField TOELICHTING =
            Fields.string("toelichting").maxLength(1000);
    public static final Fields.EnumField<Status> STATUS =
            Fields.enumeration("status", Status.class).required();
    public static final Field<?> TOEGEWEZEN_OP =
            Fields.shown("toegewezenOp", Map.of("type", "string", "format", "date-time"));
    public static final Fields.DateTimeField AFGEHANDELD_OP =
            Fields.dateTime("afgehandeldOp").nullable();

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "InterneTaak",
            Fields.uuid(),
            Fields.url(),
            NUMMER,
            REFERENTIENUMMER,
            GEVRAAGDE_HANDELING,
            AANLEIDINGGEVEND_KLANTCONTACT,
            TOEGEWEZEN_AAN_ACTOR,
            TOEGEWEZEN_AAN_ACTOREN,
            TOELICHTING,
            STATUS,
            TOEGEWEZEN_OP,
            AFGEHANDELD_OP);
}
