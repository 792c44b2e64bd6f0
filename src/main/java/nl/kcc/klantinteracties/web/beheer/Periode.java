package nl.kcc.klantinteracties.web.beheer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import nl.kcc.klantinteracties.web.Fouten;
import org.jspecify.annotations.Nullable;

/**
 * Days from and to (both included) as a beheerder types them in a search, read in the municipality's time: a day is
 * from its midnight in Amsterdam to the next. Either end may be open.
 */
record Periode(@Nullable LocalDate van, @Nullable LocalDate tot) {

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    /** The period typed in the fields {@code van} and {@code tot}; what is wrong with them is added to the form's. */
    static Periode lees(String van, String tot, Fouten fouten) {
        LocalDate vanaf = dag(van, "van", fouten);
        LocalDate totEnMet = dag(tot, "tot", fouten);
        if (vanaf != null && totEnMet != null && totEnMet.isBefore(vanaf)) {
            fouten.add("tot", "De laatste dag ligt vóór de eerste dag; kies een latere dag.");
        }
        return new Periode(vanaf, totEnMet);
    }

    /** The first moment of the period, or null when it has no first day. */
    @Nullable
    Instant begin() {
        return van == null ? null : van.atStartOfDay(MUNICIPALITY).toInstant();
    }

    /** The first moment after the period, or null when it has no last day. */
    @Nullable
    Instant einde() {
        return tot == null ? null : tot.plusDays(1).atStartOfDay(MUNICIPALITY).toInstant();
    }

    static LocalDate vandaag() {
        return LocalDate.now(MUNICIPALITY);
    }

    private static @Nullable LocalDate dag(String text, String veld, Fouten fouten) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            fouten.add(veld, "Geef een datum op als 2026-12-03 (jaar-maand-dag).");
            return null;
        }
    }
}
