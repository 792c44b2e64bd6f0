package nl.kcc.klantinteracties.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import org.springframework.stereotype.Component;

/** The actors a medewerker chooses from and reads the names of: afdelingen and colleagues. */
@Component
public class Actoren {

    /** An actor a task can be assigned to, as a choice in a form. */
    public record Keuze(UUID uuid, String naam, String soort) {

        public boolean isAfdeling() {
            return soort.equals(AFDELING);
        }

        /** As the choice is listed, and typed back: "Vergunningen (Afdeling)". */
        public String label() {
            return naam + " (" + soort + ")";
        }
    }

    private static final String AFDELING = "Afdeling";

    private final ActorResource actoren;

    Actoren(ActorResource actoren) {
        this.actoren = actoren;
    }

    /** The active afdelingen, then the active medewerkers, each by name. */
    public List<Keuze> toewijsbaar(ApiContext context) {
        return actoren
                .list(Werkplek.query(actoren, "indicatieActief", "true", "pageSize", "500"), context)
                .items()
                .stream()
                .filter(actor -> !actor.soortActor().equals("geautomatiseerde_actor"))
                .map(actor -> new Keuze(
                        actor.uuid(), actor.naam(), actor.soortActor().equals("medewerker") ? "Medewerker" : AFDELING))
                .sorted(Comparator.comparing(Keuze::soort).thenComparing(Keuze::naam, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The active afdelingen and groepen, by name: what a vraag can belong to. */
    public List<Keuze> afdelingen(ApiContext context) {
        return toewijsbaar(context).stream().filter(Keuze::isAfdeling).toList();
    }

    public Map<UUID, ActorResponse> get(Collection<UUID> uuids, ApiContext context) {
        return uuids.isEmpty() ? Map.of() : actoren.showAll(uuids, ExpandTree.NONE, context);
    }

    /** The afdeling with this exact name, for the KCC that tasks are returned to. */
    public Optional<ActorResponse> afdeling(String naam, ApiContext context) {
        return actoren
                .list(
                        Werkplek.query(
                                actoren, "soortActor", "organisatorische_eenheid", "naam", naam, "pageSize", "500"),
                        context)
                .items()
                .stream()
                .filter(actor -> actor.naam().equals(naam))
                .findFirst();
    }
}
