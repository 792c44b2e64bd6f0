package nl.kcc.klantinteracties.klantcontact;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;

/**
 * What a klantcontact was about (a zaak, a product), identified in its own register; or a klantcontact that was
 * itself the subject of another.
 *
 * @param klantcontact the contact that was about this object
 * @param wasKlantcontact the contact this object is, when the subject was an earlier contact
 * @param identificator null when it was never given, or was cleared
 */
public record Onderwerpobject(
        UUID uuid,
        @Nullable UUID klantcontact,
        @Nullable UUID wasKlantcontact,
        @Nullable Identificator identificator) implements Identified {

    static Onderwerpobject nieuw(UUID uuid, @Nullable UUID klantcontact) {
        return new Onderwerpobject(uuid, klantcontact, null, null);
    }

    /** The klantcontacten this object points at, each once, klantcontact before wasKlantcontact. */
    Set<UUID> klantcontacten() {
        var klantcontacten = new LinkedHashSet<UUID>();
        if (klantcontact != null) {
            klantcontacten.add(klantcontact);
        }
        if (wasKlantcontact != null) {
            klantcontacten.add(wasKlantcontact);
        }
        return klantcontacten;
    }
}
