package nl.kcc.klantinteracties.web.taken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Concepten;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a medewerker has typed in a task's forms and not yet saved (a call-back's notes, an answer to an e-mail), kept
 * on the server as the contact form's draft is ({@link Concepten}, one row per medewerker and task): it outlives the
 * session, and only its own medewerker gets it back. Removed when the medewerker has done something with the task.
 */
@Component
class TaakConcepten {

    /** The task's forms, and the fields of each that a draft keeps. */
    static final Map<String, List<String>> VELDEN = Map.of(
            "terugbellen", List.of("uitkomst", "notitie"),
            "beantwoorden", List.of("antwoord"),
            "zaak", List.of("zaak"),
            "afronden", List.of("notitie"),
            "doorsturen", List.of("naar", "toelichting"),
            "terug", List.of("toelichting"));

    /** What the medewerker typed in each form of one task. */
    public record Concept(Map<String, Map<String, String>> formulieren) {

        /** The value of a field as typed, or empty. */
        public String waarde(String formulier, String veld) {
            return formulieren.getOrDefault(formulier, Map.of()).getOrDefault(veld, "");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> INHOUD = new TypeReference<>() {};

    private final Concepten concepten;

    TaakConcepten(Concepten concepten) {
        this.concepten = concepten;
    }

    /**
     * Keeps what is typed in one form of the task, the fields that form has and nothing else.
     *
     * @return false for a form the task does not have
     */
    boolean bewaar(Medewerker medewerker, UUID taak, String formulier, Map<String, String> ingevuld) {
        List<String> velden = VELDEN.get(formulier);
        if (velden == null) {
            return false;
        }
        var waarden = new LinkedHashMap<String, String>();
        velden.forEach(veld -> waarden.put(veld, ingevuld.getOrDefault(veld, "")));
        // One row per task, a member per form: the other forms' drafts stay as they are.
        concepten.voegToe(medewerker, sleutel(taak), JSON.writeValueAsString(Map.of(formulier, waarden)));
        return true;
    }

    Concept van(@Nullable Medewerker medewerker, UUID taak) {
        return (medewerker == null ? Optional.<Concepten.Bewaard>empty() : concepten.lees(medewerker, sleutel(taak)))
                .map(bewaard -> new Concept(JSON.readValue(bewaard.inhoud(), INHOUD)))
                .orElse(new Concept(Map.of()));
    }

    void verwijder(Medewerker medewerker, UUID taak) {
        concepten.verwijder(medewerker, sleutel(taak));
    }

    private static String sleutel(UUID taak) {
        return "taak:" + taak;
    }
}
