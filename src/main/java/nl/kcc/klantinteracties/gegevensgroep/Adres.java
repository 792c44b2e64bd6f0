package nl.kcc.klantinteracties.gegevensgroep;

import java.util.Locale;
import java.util.Set;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import org.jspecify.annotations.Nullable;

/**
 * An address: a BAG nummeraanduiding, a Dutch address without one, or free lines for an address abroad, with its
 * country.
 */
public record Adres(
        String nummeraanduidingId,
        String straatnaam,
        @Nullable Integer huisnummer,
        String huisnummertoevoeging,
        String postcode,
        String stad,
        String adresregel1,
        String adresregel2,
        String adresregel3,
        String land) {

    private static final Set<String> LANDEN = Set.of(Locale.getISOCountries());

    /** How the standard shows an address that was never given: every text empty, no huisnummer. */
    public static final Adres LEEG = new Adres("", "", null, "", "", "", "", "", "", "");

    public static final Fields.StringField NUMMERAANDUIDING_ID = Fields.string("nummeraanduidingId")
            .maxLength(16)
            .pattern("^[0-9]{16}$", "Een nummeraanduiding-id bestaat uit 16 cijfers.");
    public static final Fields.StringField STRAATNAAM =
            Fields.string("straatnaam").maxLength(255);
    public static final Fields.IntegerField HUISNUMMER =
            Fields.integer("huisnummer").range(1, 99999).nullable();
    public static final Fields.StringField HUISNUMMERTOEVOEGING =
            Fields.string("huisnummertoevoeging").maxLength(20);
    public static final Fields.StringField POSTCODE = Fields.string("postcode")
            .maxLength(7)
            .pattern(
                    "^[1-9][0-9]{3} [A-Z]{2}$",
                    "Een postcode is vier cijfers, een spatie en twee hoofdletters: 1234 AB.");
    public static final Fields.StringField STAD = Fields.string("stad").maxLength(255);
    public static final Fields.StringField ADRESREGEL1 =
            Fields.string("adresregel1").maxLength(80);
    public static final Fields.StringField ADRESREGEL2 =
            Fields.string("adresregel2").maxLength(80);
    public static final Fields.StringField ADRESREGEL3 =
            Fields.string("adresregel3").maxLength(80);
    public static final Fields.StringField LAND =
            Fields.string("land").minLength(2).maxLength(2).rule("invalid", Adres::checkLand);

    /** The schema of the group under a name of its own, as each resource's address is named in the standard. */
    public static ObjectSchema schema(String name) {
        return ObjectSchema.of(
                name,
                NUMMERAANDUIDING_ID,
                STRAATNAAM,
                HUISNUMMER,
                HUISNUMMERTOEVOEGING,
                POSTCODE,
                STAD,
                ADRESREGEL1,
                ADRESREGEL2,
                ADRESREGEL3,
                LAND);
    }

    /** The address as sent; a group is sent whole, so what it leaves out is empty. */
    public static @Nullable Adres from(@Nullable Input input) {
        return input == null
                ? null
                : new Adres(
                        input.getOr(NUMMERAANDUIDING_ID, ""),
                        input.getOr(STRAATNAAM, ""),
                        input.get(HUISNUMMER),
                        input.getOr(HUISNUMMERTOEVOEGING, ""),
                        input.getOr(POSTCODE, ""),
                        input.getOr(STAD, ""),
                        input.getOr(ADRESREGEL1, ""),
                        input.getOr(ADRESREGEL2, ""),
                        input.getOr(ADRESREGEL3, ""),
                        input.getOr(LAND, ""));
    }

    private static @Nullable String checkLand(String land) {
        if (LANDEN.contains(land)) {
            return null;
        }
        String upper = land.toUpperCase(Locale.ROOT);
        if (LANDEN.contains(upper)) {
            return "Een landcode wordt in hoofdletters geschreven: " + upper + ".";
        }
        return "\"" + land + "\" is geen landcode volgens ISO 3166-1 alpha-2.";
    }
}
