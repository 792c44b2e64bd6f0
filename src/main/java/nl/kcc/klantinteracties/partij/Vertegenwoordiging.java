package nl.kcc.klantinteracties.partij;

import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;

/**
 * One partij acting for another, such as a parent for a child or a bewindvoerder for a client.
 *
 * @param vertegenwoordigendePartij the partij that acts
 * @param vertegenwoordigdePartij the partij it acts for
 */
public record Vertegenwoordiging(UUID uuid, UUID vertegenwoordigendePartij, UUID vertegenwoordigdePartij)
        implements Identified {

    static Vertegenwoordiging nieuw(UUID uuid) {
        return new Vertegenwoordiging(uuid, null, null);
    }
}
