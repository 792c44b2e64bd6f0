package nl.kcc.klantinteracties.web;

import java.time.Duration;
import nl.kcc.klantinteracties.security.Medewerker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notitieblok of each medewerker: what they jot down during a call (a name, a number read out, what to look up)
 * while they move between the search, the klantbeeld and the contact form. Kept on the server like a draft of the
 * contact (V25's table), so it is there on every page, after a new login and in another browser, and for as long as
 * a draft is kept, as it may hold what a klant said. Saving the contact ends the call, and with it the notes.
 */
@Component
public class Notitieblok {

    /** About three pages of notes; more is not jotted down during one call. */
    public static final int MAX_LENGTE = 10_000;

    private static final String FORMULIER = "notitieblok";

    private final JdbcClient jdbc;
    private final Duration bewaartijd;

    Notitieblok(JdbcClient jdbc, WerkplekProperties properties) {
        this.jdbc = jdbc;
        this.bewaartijd = properties.conceptBewaartijd();
    }

    /** The medewerker's notes, or empty. */
    public String van(Medewerker medewerker) {
        return jdbc.sql("""
                        select inhoud ->> 'tekst' from werkplek_concept
                        where gebruikersnaam = ? and formulier = ? and bijgewerkt >= now() - ?::interval""")
                .params(medewerker.gebruikersnaam(), FORMULIER, bewaartijd.toSeconds() + " seconds")
                .query(String.class)
                .optional()
                .orElse("");
    }

    /** Keeps the notes as they are now; empty notes are none. */
    public void bewaar(Medewerker medewerker, String tekst) {
        if (tekst.isBlank()) {
            wis(medewerker);
            return;
        }
        jdbc.sql("""
                        insert into werkplek_concept (gebruikersnaam, formulier, inhoud, bijgewerkt)
                        values (?, ?, jsonb_build_object('tekst', ?::text), now())
                        on conflict (gebruikersnaam, formulier) do update
                        set inhoud = excluded.inhoud, bijgewerkt = excluded.bijgewerkt""").params(medewerker.gebruikersnaam(), FORMULIER, tekst).update();
    }

    public void wis(Medewerker medewerker) {
        jdbc.sql("delete from werkplek_concept where gebruikersnaam = ? and formulier = ?")
                .params(medewerker.gebruikersnaam(), FORMULIER)
                .update();
    }
}
