package nl.kcc.klantinteracties.contactgegevens;

import java.time.LocalDate;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as the Contactgegevens API keeps it.
 *
 * @param adres null until an address is given
 */
public record Organisatie(
        UUID uuid,
        @Nullable String handelsnaam,
        @Nullable LocalDate oprichtingsdatum,
        @Nullable LocalDate opheffingsdatum,
        @Nullable Adres adres)
        implements Identified {

    static Organisatie nieuw(UUID uuid) {
        return new Organisatie(uuid, null, null, null, null);
    }
}
