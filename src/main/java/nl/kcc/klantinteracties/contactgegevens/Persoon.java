package nl.kcc.klantinteracties.contactgegevens;

import java.time.LocalDate;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.jspecify.annotations.Nullable;

/**
 * A natural person as the Contactgegevens API keeps them.
 *
 * @param geslacht {@code m}, {@code v}, {@code o}, or {@code ""} when not known
 * @param adres null until an address is given
 */
public record Persoon(
        UUID uuid,
        @Nullable LocalDate geboortedatum,
        @Nullable LocalDate overlijdensdatum,
        @Nullable String geslachtsnaam,
        String geslacht,
        String voorvoegsel,
        String voornamen,
        @Nullable Adres adres)
        implements Identified {

    /** A person about to be registered: what the standard leaves empty is empty, not null. */
    static Persoon nieuw(UUID uuid) {
        return new Persoon(uuid, null, null, null, "", "", "", null);
    }
}
