package nl.kcc.klantinteracties.partij;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;

/** The fields of a rekeningnummer as the standard defines them. */
public final class RekeningnummerFields {

    private RekeningnummerFields() {}

    public static final Fields.RefField PARTIJ = Fields.ref("partij", "Partij").nullable();
    public static final Fields.StringField IBAN = Fields.string("iban")
            .maxLength(34)
            .pattern(
                    Iban.PATTERN,
                    "Een IBAN is een landcode, twee controlecijfers en het rekeningnummer, zonder spaties.")
            .required();
    public static final Fields.StringField BIC =
            Fields.string("bic").minLength(8).maxLength(11).pattern("^[\\S]+$", "Een BIC bevat geen spaties.");

    public static final ObjectSchema SCHEMA =
            ObjectSchema.of("Rekeningnummer", Fields.uuid(), Fields.url(), PARTIJ, IBAN, BIC);
}
