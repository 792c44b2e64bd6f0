/** The BRP (Haal Centraal BRP Personen Bevragen) the werkplek finds residents in, off until it is configured. */
@NullMarked
package nl.kcc.klantinteracties.web.brp;

import org.jspecify.annotations.NullMarked;
