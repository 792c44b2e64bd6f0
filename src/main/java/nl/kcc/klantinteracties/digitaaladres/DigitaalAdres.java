package nl.kcc.klantinteracties.digitaaladres;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.gegevensgroep.Emailadres;
import nl.kcc.klantinteracties.gegevensgroep.Telefoonnummer;
import org.jspecify.annotations.Nullable;

/**
 * An address someone can be reached at without a visit: given by a partij for future contact, or by a betrokkene for
 * the follow-up of one klantcontact, or both.
 *
 * @param partij the partij that gave it (verstrektDoorPartij), or null
 * @param betrokkene the betrokkene that gave it (verstrektDoorBetrokkene), or null
 * @param isStandaardAdres whether it is the partij's standard address of its kind; at most one per partij and kind
 * @param referentie the client's own name for it, unique per partij and kind when not empty
 */
public record DigitaalAdres(
        UUID uuid,
        @Nullable UUID partij,
        @Nullable UUID betrokkene,
        @Nullable String adres,
        @Nullable SoortDigitaalAdres soortDigitaalAdres,
        boolean isStandaardAdres,
        String omschrijving,
        String referentie,
        @Nullable LocalDate verificatieDatum)
        implements Identified {

    static DigitaalAdres nieuw(UUID uuid) {
        return new DigitaalAdres(uuid, null, null, null, null, false, "", "", null);
    }

    /** Why the address is not one of its kind, or null when it is. */
    @Nullable
    String adresReden() {
        // Both are required, so a request that gets here has them.
        String adres = Objects.requireNonNull(this.adres);
        return switch (Objects.requireNonNull(soortDigitaalAdres)) {
            case EMAIL -> Emailadres.check(adres);
            case TELEFOONNUMMER -> Telefoonnummer.check(adres);
            case OVERIG -> null;
        };
    }
}
