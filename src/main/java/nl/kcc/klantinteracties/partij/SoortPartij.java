package nl.kcc.klantinteracties.partij;

/** What kind of partij it is, which decides what its {@code partijIdentificatie} holds. */
public enum SoortPartij {
    PERSOON,
    ORGANISATIE,
    CONTACTPERSOON
}
