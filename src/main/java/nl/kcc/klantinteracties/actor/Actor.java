package nl.kcc.klantinteracties.actor;

import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;

/**
 * Someone or something that acts for the municipality: an employee, a system or a department.
 *
 * @param actoridentificator where the actor is known elsewhere (e.g. the HR system), or null when never given
 * @param actorIdentificatie the details of its kind, by member name, or null when never given
 */
public record Actor(
        UUID uuid,
        @Nullable String naam,
        @Nullable SoortActor soortActor,
        boolean indicatieActief,
        @Nullable Identificator actoridentificator,
        @Nullable Map<String, String> actorIdentificatie)
        implements Identified {

    /** An actor being registered; actors are active unless the client says otherwise. */
    static Actor nieuw(UUID uuid) {
        return new Actor(uuid, null, null, true, null, null);
    }

    /**
     * The actor as another kind. The details of its old kind (an employee's phone number, a system's description) do
     * not describe the new kind, so they are dropped rather than shown under it.
     */
    Actor alsSoort(@Nullable SoortActor soort) {
        if (soort == soortActor) {
            return this;
        }
        return new Actor(uuid, naam, soort, indicatieActief, actoridentificator, null);
    }

    Actor metIdentificatie(@Nullable Map<String, String> identificatie) {
        return new Actor(uuid, naam, soortActor, indicatieActief, actoridentificator, identificatie);
    }
}
