package nl.kcc.klantinteracties.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.kcc.klantinteracties.security.Medewerker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a medewerker has typed in the werkplek and not yet saved (V25): the contact form's draft, the notitieblok, a
 * task's forms. One row per medewerker and form, as JSON; it outlives the session, a restart and the browser, only its
 * own medewerker gets it back, and it is kept no longer than {@code klantinteracties.werkplek.concept-bewaartijd},
 * because it holds what a klant said.
 */
@Component
public class Concepten {

    /** What was kept for a form, and when it was last written. */
    public record Bewaard(String inhoud, OffsetDateTime bijgewerkt) {}

    private final JdbcClient jdbc;
    private final Duration bewaartijd;

    Concepten(JdbcClient jdbc, WerkplekProperties properties) {
        this.jdbc = jdbc;
        this.bewaartijd = properties.conceptBewaartijd();
    }

    /** Keeps {@code inhoud} (a JSON object) as the form's draft, in place of what was kept. */
    public void bewaar(Medewerker medewerker, String formulier, String inhoud) {
        schrijf(medewerker, formulier, inhoud, "excluded.inhoud");
    }

    /** Adds the members of {@code inhoud} (a JSON object) to the form's draft, replacing those of the same name. */
    public void voegToe(Medewerker medewerker, String formulier, String inhoud) {
        schrijf(medewerker, formulier, inhoud, "werkplek_concept.inhoud || excluded.inhoud");
    }

    private void schrijf(Medewerker medewerker, String formulier, String inhoud, String nieuw) {
        jdbc.sql("""
                        insert into werkplek_concept (gebruikersnaam, formulier, inhoud, bijgewerkt)
                        values (?, ?, ?::jsonb, now())
                        on conflict (gebruikersnaam, formulier) do update
                        set inhoud = %s, bijgewerkt = excluded.bijgewerkt""".formatted(nieuw))
                .params(medewerker.gebruikersnaam(), formulier, inhoud)
                .update();
    }

    /** The form's draft, unless it has waited longer than it may be kept. */
    public Optional<Bewaard> lees(Medewerker medewerker, String formulier) {
        return jdbc.sql("""
                        select inhoud::text, bijgewerkt from werkplek_concept
                        where gebruikersnaam = ? and formulier = ? and bijgewerkt >= now() - ?::interval""")
                .params(medewerker.gebruikersnaam(), formulier, interval())
                .query((rs, row) -> new Bewaard(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    public void verwijder(Medewerker medewerker, String formulier) {
        jdbc.sql("delete from werkplek_concept where gebruikersnaam = ? and formulier = ?")
                .params(medewerker.gebruikersnaam(), formulier)
                .update();
    }

    /** What has waited longer than it may be kept is gone for everyone, not only not shown. */
    public void verwijderVerlopen() {
        jdbc.sql("delete from werkplek_concept where bijgewerkt < now() - ?::interval")
                .param(interval())
                .update();
    }

    private String interval() {
        return bewaartijd.toSeconds() + " seconds";
    }
}
