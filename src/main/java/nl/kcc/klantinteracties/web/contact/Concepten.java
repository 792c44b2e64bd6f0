package nl.kcc.klantinteracties.web.contact;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.WerkplekProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unsaved contact form of each medewerker (V25), kept on the server while they type: it outlives the session, a
 * restart and the browser, and only its own medewerker gets it back. Kept no longer than
 * {@code klantinteracties.werkplek.concept-bewaartijd}, because it holds what a klant said.
 */
@Component
class Concepten {

    static final String CONTACT = "contact";

    // A draft kept before the form changed shape still opens, with what still fits.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record Concept(ContactFormulier formulier, OffsetDateTime bijgewerkt) {}

    private final JdbcClient jdbc;
    private final Duration bewaartijd;

    Concepten(JdbcClient jdbc, WerkplekProperties properties) {
        this.jdbc = jdbc;
        this.bewaartijd = properties.conceptBewaartijd();
    }

    void bewaar(Medewerker medewerker, ContactFormulier formulier) {
        jdbc.sql("""
                        insert into werkplek_concept (gebruikersnaam, formulier, inhoud, bijgewerkt)
                        values (?, ?, ?::jsonb, now())
                        on conflict (gebruikersnaam, formulier) do update
                        set inhoud = excluded.inhoud, bijgewerkt = excluded.bijgewerkt""")
                .params(medewerker.gebruikersnaam(), CONTACT, JSON.writeValueAsString(formulier))
                .update();
    }

    Optional<Concept> van(Medewerker medewerker) {
        // What has waited longer than it may be kept is gone for everyone, not only not shown.
        jdbc.sql("delete from werkplek_concept where bijgewerkt < now() - ?::interval")
                .param(bewaartijd.toSeconds() + " seconds")
                .update();
        return jdbc.sql(
                        "select inhoud::text, bijgewerkt from werkplek_concept where gebruikersnaam = ? and formulier = ?")
                .params(medewerker.gebruikersnaam(), CONTACT)
                .query((rs, row) -> new Concept(
                        JSON.readValue(rs.getString(1), ContactFormulier.class), rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    void verwijder(Medewerker medewerker) {
        jdbc.sql("delete from werkplek_concept where gebruikersnaam = ? and formulier = ?")
                .params(medewerker.gebruikersnaam(), CONTACT)
                .update();
    }
}
