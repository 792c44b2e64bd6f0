/** The HTTP side of the klantcontact family's resources. */
@NullMarked
package nl.kcc.klantinteracties.klantcontact.api;

import org.jspecify.annotations.NullMarked;
