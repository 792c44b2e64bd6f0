/** Interne taken: the follow-up a klantcontact asks of the municipality, assigned to actors until it is handled. */
package nl.kcc.klantinteracties.internetaak;
