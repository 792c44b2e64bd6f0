/**
 * Digitale adressen: the e-mail addresses, telephone numbers and other handles by which a partij, or a betrokkene in
 * one klantcontact, can be reached.
 */
package nl.kcc.klantinteracties.digitaaladres;
