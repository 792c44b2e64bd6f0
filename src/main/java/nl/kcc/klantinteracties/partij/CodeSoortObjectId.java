package nl.kcc.klantinteracties.partij;

/** Which number identifies the object: a BSN, a vestigingsnummer, a KvK-nummer or an RSIN. */
public enum CodeSoortObjectId {
    BSN,
    VESTIGINGSNUMMER,
    KVK_NUMMER,
    RSIN
}
