package nl.kcc.klantinteracties.web;

import java.util.Map;
import nl.kcc.klantinteracties.security.Medewerker;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notitieblok of each medewerker: what they jot down during a call (a name, a number read out, what to look up)
 * while they move between the search, the klantbeeld and the contact form. Kept on the server like a draft of the
 * contact ({@link Concepten}), so it is there on every page, after a new login and in another browser, and for as
 * long as a draft is kept, as it may hold what a klant said. Saving the contact ends the call, and with it the notes.
 */
@Component
public class Notitieblok {

    /** About three pages of notes; more is not jotted down during one call. */
    public static final int MAX_LENGTE = 10_000;

    private static final String FORMULIER = "notitieblok";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Concepten concepten;

    Notitieblok(Concepten concepten) {
        this.concepten = concepten;
    }

    /** The medewerker's notes, or empty. */
    public String van(Medewerker medewerker) {
        return concepten
                .lees(medewerker, FORMULIER)
                .map(bewaard -> JSON.readTree(bewaard.inhoud()).path("tekst").asString(""))
                .orElse("");
    }

    /** Keeps the notes as they are now; empty notes are none. */
    public void bewaar(Medewerker medewerker, String tekst) {
        if (tekst.isBlank()) {
            wis(medewerker);
            return;
        }
        concepten.bewaar(medewerker, FORMULIER, JSON.writeValueAsString(Map.of("tekst", tekst)));
    }

    public void wis(Medewerker medewerker) {
        concepten.verwijder(medewerker, FORMULIER);
    }
}
