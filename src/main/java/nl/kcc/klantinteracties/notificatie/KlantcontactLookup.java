package nl.kcc.klantinteracties.notificatie;

import java.util.Optional;
import java.util.UUID;

/**
 * What messages need to know about a klantcontact that the changed object only points at: whether it is confidential,
 * and how to label it. Read in the transaction of the change, so it sees the change itself.
 */
@FunctionalInterface
interface KlantcontactLookup {

    record KlantcontactFacts(boolean vertrouwelijk, String nummer, String onderwerp) {}

    Optional<KlantcontactFacts> find(UUID uuid);
}
