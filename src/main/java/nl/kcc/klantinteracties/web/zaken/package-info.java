/** The Zaken API the werkplek reads a klant's zaken from, off until it is configured. */
@NullMarked
package nl.kcc.klantinteracties.web.zaken;

import org.jspecify.annotations.NullMarked;
