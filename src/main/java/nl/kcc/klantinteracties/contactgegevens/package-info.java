/**
 * The Contactgegevens API: the personen and organisaties whose contact details (name, dates, address) the register
 * keeps apart from the partijen of the Klantinteracties API.
 */
@NullMarked
package nl.kcc.klantinteracties.contactgegevens;

import org.jspecify.annotations.NullMarked;
