package nl.kcc.klantinteracties.partij;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;

/** The fields of a categorie as the standard defines them. */
public final class CategorieFields {

    private CategorieFields() {}

    public static final Fields.StringField NAAM = Fields.string("naam").maxLength(80);

    public static final ObjectSchema SCHEMA = ObjectSchema.of("Categorie", Fields.uuid(), Fields.url(), NAAM);
}
