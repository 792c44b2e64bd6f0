package nl.kcc.klantinteracties.partij;

/**
 * The form of an IBAN: two letters of the country, two check digits and the account, without spaces. Only the form
 * is checked, as the standard's reference checks it (ADR 0012): IBANs taken over from it, or sent by clients whose
 * test data it accepts, hold check digits that do not add up, and a register that refused them would refuse the
 * round trip of its own data.
 */
final class Iban {

    static final String PATTERN = "^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$";

    private Iban() {}
}
