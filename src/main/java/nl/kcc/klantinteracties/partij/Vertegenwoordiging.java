package nl.kcc.klantinteracties.partij;

import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import org.jspecify.annotations.Nullable;

/**
 * One partij acting for another, such as a parent for a child or a bewindvoerder for a client.
 *
 * @param vertegenwoordigendePartij the partij that acts
 * @param vertegenwoordigdePartij the partij it acts for
 */
public record Vertegenwoordiging(
        UUID uuid,
        @Nullable UUID vertegenwoordigendePartij,
        @Nullable UUID vertegenwoordigdePartij) implements Identified {

    static Vertegenwoordiging nieuw(UUID uuid) {
        return new Vertegenwoordiging(uuid, null, null);
    }
}
