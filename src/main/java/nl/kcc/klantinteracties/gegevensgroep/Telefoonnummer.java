package nl.kcc.klantinteracties.gegevensgroep;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The standard's rule for a telephone number someone can be reached on: a Dutch number of ten digits, or an
 * international one with {@code +} or {@code 00}. Information and service numbers (0800, 0900, 140x) reach a desk,
 * not a person, so they are refused with a reason of their own; 088 company numbers are fine.
 */
public final class Telefoonnummer {

    public static final String PATTERN = "^(0[1-9][0-9]{8}|\\+[0-9]{9,15}|00[0-9]{7,13})$";
    public static final int MAX_LENGTH = 20;

    private static final Pattern FORM = Pattern.compile(PATTERN);

    // 1400 starts with 140, so 140 covers both prefixes the standard names.
    private static final List<String> SERVICENUMMERS = List.of("0800", "0900", "140");

    static final String SERVICENUMMER_REDEN =
            "Informatie- en servicenummers (beginnend met 0800, 0900, 1400 of 140) zijn niet toegestaan.";
    static final String VORM_REDEN = "Geef een telefoonnummer op van 10 cijfers dat met 0 begint (0201234567),"
            + " of een internationaal nummer dat met + of 00 begint (+31201234567).";

    private Telefoonnummer() {}

    /**
     * Checks a telephone number, for {@code Fields.string(..).rule("invalid", Telefoonnummer::check)}.
     *
     * @return why the number is not acceptable, or null when it is
     */
    public static @Nullable String check(String nummer) {
        for (String prefix : SERVICENUMMERS) {
            if (nummer.startsWith(prefix)) {
                return SERVICENUMMER_REDEN;
            }
        }
        return FORM.matcher(nummer).matches() ? null : VORM_REDEN;
    }
}
