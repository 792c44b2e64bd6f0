package nl.kcc.klantinteracties.actor;

import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import org.jspecify.annotations.Nullable;

/** That an actor took part in a klantcontact; each pair is registered once. */
public record ActorKlantcontact(
        UUID uuid, @Nullable UUID actor, @Nullable UUID klantcontact) implements Identified {

    static final String AL_GEKOPPELD = "Deze actor is al aan dit klantcontact gekoppeld.";

    static ActorKlantcontact nieuw(UUID uuid) {
        return new ActorKlantcontact(uuid, null, null);
    }
}
