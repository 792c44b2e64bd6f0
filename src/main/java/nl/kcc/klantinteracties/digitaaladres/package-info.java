/**
 * Digitale adressen: the e-mail addresses, telephone numbers and other handles by which a partij, or a betrokkene in
 * one klantcontact, can be reached.
 */
@NullMarked
package nl.kcc.klantinteracties.digitaaladres;

import org.jspecify.annotations.NullMarked;
