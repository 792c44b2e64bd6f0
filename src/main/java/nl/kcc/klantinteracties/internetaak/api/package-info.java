/** The HTTP side of /internetaken. */
@NullMarked
package nl.kcc.klantinteracties.internetaak.api;

import org.jspecify.annotations.NullMarked;
