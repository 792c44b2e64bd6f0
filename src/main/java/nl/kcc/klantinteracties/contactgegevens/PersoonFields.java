package nl.kcc.klantinteracties.contactgegevens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The fields of a persoon as the Contactgegevens API defines them. */
public final class PersoonFields {

    private PersoonFields() {}

    public static final Fields.DateField GEBOORTEDATUM =
            Fields.date("geboortedatum").required();
    public static final Fields.DateField OVERLIJDENSDATUM =
            Fields.date("overlijdensdatum").nullable();
    public static final Fields.StringField GESLACHTSNAAM =
            Fields.string("geslachtsnaam").maxLength(200).required();
    public static final Field<String> GESLACHT = new ChoiceField("geslacht", List.of("m", "v", "o"));
    public static final Fields.StringField VOORVOEGSEL =
            Fields.string("voorvoegsel").maxLength(10);
    public static final Fields.StringField VOORNAMEN =
            Fields.string("voornamen").maxLength(200);
    public static final Fields.ObjectField ADRES =
            Fields.object("adres", Adres.schema("PersoonAdres")).nullable();

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "Persoon",
            Fields.uuid(),
            Fields.url(),
            GEBOORTEDATUM,
            OVERLIJDENSDATUM,
            GESLACHTSNAAM,
            GESLACHT,
            VOORVOEGSEL,
            VOORNAMEN,
            ADRES);

    /**
     * A choice that may also be left empty with {@code ""}. The standard keeps the empty value apart from the choices
     * rather than making the field nullable, so an enumeration of constants does not fit.
     */
    static final class ChoiceField extends Field<String> {
        private final List<String> choices;

        ChoiceField(String name, List<String> choices) {
            super(name);
            this.choices = List.copyOf(choices);
        }

        @Override
        protected @Nullable String read(JsonNode node, String path, Violations violations) {
            String value = node.isString() ? node.asString() : null;
            if (value == null || !(value.isEmpty() || choices.contains(value))) {
                violations.add(
                        path,
                        "invalid_choice",
                        "\"" + (value == null ? node.toString() : value) + "\" is geen geldige keuze; kies uit: "
                                + String.join(", ", choices) + " of laat het veld leeg (\"\").");
                return null;
            }
            return value;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            var values = new ArrayList<String>(choices);
            values.add("");
            var schema = new LinkedHashMap<String, Object>();
            schema.put("type", "string");
            schema.put("enum", values);
            return schema;
        }
    }
}
