package nl.kcc.klantinteracties.klantcontact;

import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;

/** The fields of an onderwerpobject as the standard defines them. */
public final class OnderwerpobjectFields {

    private OnderwerpobjectFields() {}

    public static final Fields.RefField KLANTCONTACT =
            Fields.ref("klantcontact", "Klantcontact").nullable();
    public static final Fields.RefField WAS_KLANTCONTACT =
            Fields.ref("wasKlantcontact", "Klantcontact").nullable();
    public static final Fields.ObjectField ONDERWERPOBJECTIDENTIFICATOR = Fields.object(
                    "onderwerpobjectidentificator", Identificator.schema("Onderwerpobjectidentificator"))
            .nullable();

    public static final ObjectSchema SCHEMA = schema("Onderwerpobject", KLANTCONTACT);

    /**
     * An onderwerpobject sent inside {@code /maak-klantcontact}: the klantcontact it is about is the one registered
     * with it, so a {@code klantcontact} in the request is ignored.
     */
    public static final ObjectSchema KLANTCONTACT_READ_ONLY = schema(
            "OnderwerpobjectKlantcontactReadOnly",
            Fields.ref(KLANTCONTACT.name(), "Klantcontact").nullable().readOnly());

    private static ObjectSchema schema(String name, Field<?> klantcontact) {
        return ObjectSchema.of(
                name, Fields.uuid(), Fields.url(), klantcontact, WAS_KLANTCONTACT, ONDERWERPOBJECTIDENTIFICATOR);
    }
}
