/** The HTTP side of /digitaleadressen. */
@NullMarked
package nl.kcc.klantinteracties.digitaaladres.api;

import org.jspecify.annotations.NullMarked;
