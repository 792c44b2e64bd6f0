/** The HTTP side of the Contactgegevens API's resources. */
@NullMarked
package nl.kcc.klantinteracties.contactgegevens.api;

import org.jspecify.annotations.NullMarked;
