/** The HTTP side of /maak-klantcontact. */
@NullMarked
package nl.kcc.klantinteracties.maakklantcontact.api;

import org.jspecify.annotations.NullMarked;
