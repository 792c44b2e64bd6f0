/** The HTTP side of the partij family's resources. */
@NullMarked
package nl.kcc.klantinteracties.partij.api;

import org.jspecify.annotations.NullMarked;
