/** Klantcontact zoeken, and adding an answer to a contact. */
@NullMarked
package nl.kcc.klantinteracties.web.klantcontact;

import org.jspecify.annotations.NullMarked;
