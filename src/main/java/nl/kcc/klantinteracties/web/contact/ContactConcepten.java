package nl.kcc.klantinteracties.web.contact;

import java.time.OffsetDateTime;
import java.util.Optional;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Concepten;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The unsaved contact form of each medewerker, kept in the werkplek's drafts. */
@Component
class ContactConcepten {

    static final String CONTACT = "contact";

    // A draft kept before the form changed shape still opens, with what still fits.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record Concept(ContactFormulier formulier, OffsetDateTime bijgewerkt) {}

    private final Concepten concepten;

    ContactConcepten(Concepten concepten) {
        this.concepten = concepten;
    }

    void bewaar(Medewerker medewerker, ContactFormulier formulier) {
        concepten.bewaar(medewerker, CONTACT, JSON.writeValueAsString(formulier));
    }

    Optional<Concept> van(Medewerker medewerker) {
        concepten.verwijderVerlopen();
        return concepten
                .lees(medewerker, CONTACT)
                .map(bewaard ->
                        new Concept(JSON.readValue(bewaard.inhoud(), ContactFormulier.class), bewaard.bijgewerkt()));
    }

    void verwijder(Medewerker medewerker) {
        concepten.verwijder(medewerker, CONTACT);
    }
}
