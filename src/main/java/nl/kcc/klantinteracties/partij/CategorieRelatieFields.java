package nl.kcc.klantinteracties.partij;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;

/** The fields of a categorie-relatie as the standard defines them. */
public final class CategorieRelatieFields {

    private CategorieRelatieFields() {}

    public static final Fields.RefField PARTIJ = Fields.ref("partij", "Partij").nullable();
    public static final Fields.RefField CATEGORIE =
            Fields.ref("categorie", "Categorie").nullable();
    public static final Fields.DateField BEGIN_DATUM = Fields.date("beginDatum").nullable();
    public static final Fields.DateField EIND_DATUM = Fields.date("eindDatum").nullable();

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "CategorieRelatie", Fields.uuid(), Fields.url(), PARTIJ, CATEGORIE, BEGIN_DATUM, EIND_DATUM);
}
