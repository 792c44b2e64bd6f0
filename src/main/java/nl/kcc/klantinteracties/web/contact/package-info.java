/** Contact opnemen (finding the klant, a new klant) and Contact registreren. */
@NullMarked
package nl.kcc.klantinteracties.web.contact;

import org.jspecify.annotations.NullMarked;
