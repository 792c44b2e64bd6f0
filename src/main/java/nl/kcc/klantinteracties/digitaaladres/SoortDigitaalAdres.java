package nl.kcc.klantinteracties.digitaaladres;

/** What kind of address it is, which decides what a valid {@code adres} looks like. */
public enum SoortDigitaalAdres {
    EMAIL,
    TELEFOONNUMMER,
    OVERIG
}
