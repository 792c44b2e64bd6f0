package nl.kcc.klantinteracties.partij;

import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import org.jspecify.annotations.Nullable;

/**
 * A bank account of a partij.
 *
 * @param partij the partij whose account it is, or null
 */
public record Rekeningnummer(
        UUID uuid, @Nullable UUID partij, @Nullable String iban, String bic) implements Identified {

    static Rekeningnummer nieuw(UUID uuid) {
        return new Rekeningnummer(uuid, null, null, "");
    }
}
