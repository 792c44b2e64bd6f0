package nl.kcc.klantinteracties.klantcontact;

import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;

/**
 * A document or other object, kept in its own register, that holds (part of) what a klantcontact contained.
 *
 * @param klantcontact the contact it belongs to
 * @param identificator null when it was never given, or was cleared
 */
public record Bijlage(
        UUID uuid, @Nullable UUID klantcontact, @Nullable Identificator identificator) implements Identified {

    static Bijlage nieuw(UUID uuid) {
        return new Bijlage(uuid, null, null);
    }
}
