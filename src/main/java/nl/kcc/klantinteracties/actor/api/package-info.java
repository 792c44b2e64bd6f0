/** The HTTP side of the actor family's resources. */
@NullMarked
package nl.kcc.klantinteracties.actor.api;

import org.jspecify.annotations.NullMarked;
