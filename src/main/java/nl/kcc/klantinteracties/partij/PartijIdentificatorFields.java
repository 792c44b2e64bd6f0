package nl.kcc.klantinteracties.partij;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;

/** The fields of a partij-identificator as the standard defines them. */
public final class PartijIdentificatorFields {

    private PartijIdentificatorFields() {}

    /**
     * Writable in the standard: inside a partij's {@code partijIdentificatoren} it names the existing identificator an
     * item updates. On {@code /partij-identificatoren} itself the path names the object, and a uuid in the body is
     * ignored.
     */
    static final UuidField UUID = new UuidField("uuid");

    public static final Fields.RefField IDENTIFICEERDE_PARTIJ =
            Fields.ref("identificeerdePartij", "Partij").nullable();
    public static final Fields.StringField ANDERE_PARTIJ_IDENTIFICATOR =
            Fields.string("anderePartijIdentificator").maxLength(200).deprecated();

    public static final Fields.EnumField<CodeObjecttype> CODE_OBJECTTYPE =
            Fields.enumeration("codeObjecttype", CodeObjecttype.class).required();
    public static final Fields.EnumField<CodeSoortObjectId> CODE_SOORT_OBJECT_ID =
            Fields.enumeration("codeSoortObjectId", CodeSoortObjectId.class).required();
    public static final Fields.StringField OBJECT_ID =
            Fields.string("objectId").maxLength(200).required();
    public static final Fields.EnumField<CodeRegister> CODE_REGISTER =
            Fields.enumeration("codeRegister", CodeRegister.class).required();

    public static final ObjectSchema GROEP = ObjectSchema.of(
            "PartijIdentificatorGroepType", CODE_OBJECTTYPE, CODE_SOORT_OBJECT_ID, OBJECT_ID, CODE_REGISTER);

    public static final Fields.ObjectField PARTIJ_IDENTIFICATOR =
            Fields.object("partijIdentificator", GROEP).required();
    public static final Fields.RefField SUB_IDENTIFICATOR_VAN =
            Fields.ref("subIdentificatorVan", "PartijIdentificator").nullable();

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "PartijIdentificator",
            UUID,
            Fields.url(),
            IDENTIFICEERDE_PARTIJ,
            ANDERE_PARTIJ_IDENTIFICATOR,
            PARTIJ_IDENTIFICATOR,
            SUB_IDENTIFICATOR_VAN);
}
