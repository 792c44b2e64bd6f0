package nl.kcc.klantinteracties.gegevensgroep;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import org.jspecify.annotations.Nullable;

/** The name a person wants to be addressed by, which may differ from the name in the BRP. */
public record Contactnaam(String voorletters, String voornaam, String voorvoegselAchternaam, String achternaam) {

    /** How the standard shows a contactnaam that was never given. */
    public static final Contactnaam LEEG = new Contactnaam("", "", "", "");

    public static final Fields.StringField VOORLETTERS =
            Fields.string("voorletters").maxLength(10);
    public static final Fields.StringField VOORNAAM = Fields.string("voornaam").maxLength(200);
    public static final Fields.StringField VOORVOEGSEL_ACHTERNAAM =
            Fields.string("voorvoegselAchternaam").maxLength(10);
    public static final Fields.StringField ACHTERNAAM =
            Fields.string("achternaam").maxLength(200);

    public static final ObjectSchema SCHEMA =
            ObjectSchema.of("Contactnaam", VOORLETTERS, VOORNAAM, VOORVOEGSEL_ACHTERNAAM, ACHTERNAAM);

    public static @Nullable Contactnaam from(@Nullable Input input) {
        return input == null
                ? null
                : new Contactnaam(
                        input.getOr(VOORLETTERS, ""),
                        input.getOr(VOORNAAM, ""),
                        input.getOr(VOORVOEGSEL_ACHTERNAAM, ""),
                        input.getOr(ACHTERNAAM, ""));
    }

    /** Voornaam, voorvoegsel and achternaam, leaving out the empty ones; voorletters are not part of it. */
    public static String volledigeNaam(@Nullable Contactnaam naam) {
        if (naam == null) {
            return "";
        }
        return Stream.of(naam.voornaam(), naam.voorvoegselAchternaam(), naam.achternaam())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
