/** The HTTP side of /partijen/{uuid}/klantbeeld. */
@NullMarked
package nl.kcc.klantinteracties.klantbeeld.api;

import org.jspecify.annotations.NullMarked;
