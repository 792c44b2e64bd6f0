/** Interne taken: the follow-up a klantcontact asks of the municipality, assigned to actors until it is handled. */
@NullMarked
package nl.kcc.klantinteracties.internetaak;

import org.jspecify.annotations.NullMarked;
