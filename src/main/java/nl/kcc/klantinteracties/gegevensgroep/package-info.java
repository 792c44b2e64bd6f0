/**
 * The standard's gegevensgroepen that several resources share: an address, a contact name, the identification of an
 * object in another register.
 */
package nl.kcc.klantinteracties.gegevensgroep;
