package nl.kcc.klantinteracties.contactgegevens;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.gegevensgroep.Adres;

/** The fields of an organisatie as the Contactgegevens API defines them. */
public final class OrganisatieFields {

    private OrganisatieFields() {}

    public static final Fields.StringField HANDELSNAAM =
            Fields.string("handelsnaam").maxLength(255).required();
    public static final Fields.DateField OPRICHTINGSDATUM =
            Fields.date("oprichtingsdatum").nullable();
    public static final Fields.DateField OPHEFFINGSDATUM =
            Fields.date("opheffingsdatum").nullable();
    public static final Fields.ObjectField ADRES =
            Fields.object("adres", Adres.schema("OrganisatieAdres")).nullable();

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "Organisatie", Fields.uuid(), Fields.url(), HANDELSNAAM, OPRICHTINGSDATUM, OPHEFFINGSDATUM, ADRES);
}
