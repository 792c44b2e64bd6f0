package nl.kcc.klantinteracties.internetaak;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a task asks of the medewerker, read from its gevraagde handeling (free text in the standard) and the kanaal of
 * the contact it came from: that decides how the task is finished. A call-back is finished by a call, an e-mail or
 * letter by an answer, a zaak task by the zaak, a task sent back to the KCC by routing it on. The werkplek offers the
 * actions that fit it; the klant's confirmation of a contactverzoek says what will happen.
 */
public enum TaakSoort {
    TERUGBELLEN,
    BEANTWOORDEN,
    ZAAK,
    ROUTEREN,
    OVERIG;

    /** The gevraagde handeling of a task that an afdeling sent back to the KCC. */
    public static final String OPNIEUW_ROUTEREN = "Opnieuw routeren";

    private static final Set<String> SCHRIFTELIJK = Set.of("email", "e-mail", "post", "brief", "formulier", "app");

    public static TaakSoort van(@Nullable String gevraagdeHandeling, String kanaal) {
        String handeling =
                gevraagdeHandeling == null ? "" : gevraagdeHandeling.strip().toLowerCase(Locale.ROOT);
        if (handeling.equals(OPNIEUW_ROUTEREN.toLowerCase(Locale.ROOT))) {
            return ROUTEREN;
        }
        if (handeling.contains("zaak")) {
            return ZAAK;
        }
        if (handeling.contains("bel")) {
            return TERUGBELLEN;
        }
        if (handeling.contains("beantwoord")
                || handeling.contains("antwoord")
                || handeling.contains("mail")
                || handeling.contains("brief")
                || handeling.contains("lezen")
                || SCHRIFTELIJK.contains(kanaal == null ? "" : kanaal.strip().toLowerCase(Locale.ROOT))) {
            return BEANTWOORDEN;
        }
        return OVERIG;
    }

    /** For the template: {@code th:if="${soort.terugbellen}"}. */
    public boolean isTerugbellen() {
        return this == TERUGBELLEN;
    }

    public boolean isBeantwoorden() {
        return this == BEANTWOORDEN;
    }

    public boolean isZaak() {
        return this == ZAAK;
    }

    public boolean isRouteren() {
        return this == ROUTEREN;
    }

    public boolean isOverig() {
        return this == OVERIG;
    }

    /** The kanaal an answer goes out on: the one the question came in on, when that is a written one. */
    public static String antwoordKanaal(String kanaal) {
        String k = kanaal == null ? "" : kanaal.strip().toLowerCase(Locale.ROOT);
        return k.equals("post") || k.equals("brief") ? "brief" : "e-mail";
    }
}
