package nl.kcc.klantinteracties.partij;

import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;

/**
 * A bank account of a partij.
 *
 * @param partij the partij whose account it is, or null
 */
public record Rekeningnummer(UUID uuid, UUID partij, String iban, String bic) implements Identified {

    static Rekeningnummer nieuw(UUID uuid) {
        return new Rekeningnummer(uuid, null, null, "");
    }
}
