package nl.kcc.klantinteracties.klantcontact;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;

/** The fields of a bijlage as the standard defines them. */
public final class BijlageFields {

    private BijlageFields() {}

    public static final Fields.RefField WAS_BIJLAGE_VAN_KLANTCONTACT =
            Fields.ref("wasBijlageVanKlantcontact", "Klantcontact").nullable();
    public static final Fields.ObjectField BIJLAGEIDENTIFICATOR = Fields.object(
                    "bijlageidentificator", Identificator.schema("BijlageIdentificator"))
            .nullable();

    public static final ObjectSchema SCHEMA =
            ObjectSchema.of("Bijlage", Fields.uuid(), Fields.url(), WAS_BIJLAGE_VAN_KLANTCONTACT, BIJLAGEIDENTIFICATOR);
}
