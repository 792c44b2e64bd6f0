package nl.kcc.klantinteracties.partij;

/** The register that issued a partij's identificator: the BRP or the Handelsregister. */
public enum CodeRegister {
    BRP,
    HR
}
