package nl.kcc.klantinteracties.partij;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;

/** The fields of a vertegenwoordiging as the standard defines them (its schema is named Vertegenwoordigden). */
public final class VertegenwoordigingFields {

    private VertegenwoordigingFields() {}

    public static final Fields.RefField VERTEGENWOORDIGENDE_PARTIJ =
            Fields.ref("vertegenwoordigendePartij", "Partij").required();
    public static final Fields.RefField VERTEGENWOORDIGDE_PARTIJ =
            Fields.ref("vertegenwoordigdePartij", "Partij").required();

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "Vertegenwoordigden", Fields.uuid(), Fields.url(), VERTEGENWOORDIGENDE_PARTIJ, VERTEGENWOORDIGDE_PARTIJ);
}
