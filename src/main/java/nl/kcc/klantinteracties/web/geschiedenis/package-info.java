/** The audit trail of an object in words, shared by Geschiedenis and beheer's audit search. */
@NullMarked
package nl.kcc.klantinteracties.web.geschiedenis;

import org.jspecify.annotations.NullMarked;
