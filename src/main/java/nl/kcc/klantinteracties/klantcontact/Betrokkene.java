package nl.kcc.klantinteracties.klantcontact;

import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import org.jspecify.annotations.Nullable;

/**
 * A person or organisation involved in a klantcontact, with the name and addresses they gave for following it up;
 * possibly known in the register as a partij. A gegevensgroep that was never given, or was cleared, is null.
 *
 * @param digitaleAdressen the digitale adressen this betrokkene gave, kept for showing it
 */
public record Betrokkene(
        UUID uuid,
        @Nullable UUID klantcontact,
        @Nullable UUID partij,
        @Nullable Rol rol,
        boolean initiator,
        String organisatienaam,
        @Nullable Contactnaam contactnaam,
        @Nullable Adres bezoekadres,
        @Nullable Adres correspondentieadres,
        List<UUID> digitaleAdressen)
        implements Identified {

    /** The part the betrokkene played in the contact. */
    public enum Rol {
        VERTEGENWOORDIGER,
        KLANT
    }

    /** A betrokkene being added to a klantcontact; the client's request fills in the rest. */
    static Betrokkene nieuw(UUID uuid, @Nullable UUID klantcontact) {
        return new Betrokkene(uuid, klantcontact, null, null, false, "", null, null, null, List.of());
    }
}
