package nl.kcc.klantinteracties.gegevensgroep;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import org.jspecify.annotations.Nullable;

/**
 * Identifies an object in another register (a zaak in Open Zaak, a document, an employee in the HR system) by four
 * free texts: which object, its type, which register and which kind of identifier.
 */
public record Identificator(String objectId, String codeObjecttype, String codeRegister, String codeSoortObjectId) {

    /** How the standard shows an identificator that was never given. */
    public static final Identificator LEEG = new Identificator("", "", "", "");

    public static final Fields.StringField OBJECT_ID = Fields.string("objectId").maxLength(200);
    public static final Fields.StringField CODE_OBJECTTYPE =
            Fields.string("codeObjecttype").maxLength(200);
    public static final Fields.StringField CODE_REGISTER =
            Fields.string("codeRegister").maxLength(200);
    public static final Fields.StringField CODE_SOORT_OBJECT_ID =
            Fields.string("codeSoortObjectId").maxLength(200);

    /** The group under the name the standard gives it on each resource. */
    public static ObjectSchema schema(String name) {
        return ObjectSchema.of(name, OBJECT_ID, CODE_OBJECTTYPE, CODE_REGISTER, CODE_SOORT_OBJECT_ID);
    }

    public static @Nullable Identificator from(@Nullable Input input) {
        return input == null
                ? null
                : new Identificator(
                        input.getOr(OBJECT_ID, ""),
                        input.getOr(CODE_OBJECTTYPE, ""),
                        input.getOr(CODE_REGISTER, ""),
                        input.getOr(CODE_SOORT_OBJECT_ID, ""));
    }
}
