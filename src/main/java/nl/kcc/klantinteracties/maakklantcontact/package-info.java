/**
 * {@code /maak-klantcontact}: a klantcontact with its betrokkene, onderwerpobject, actoren, digitale adressen and
 * interne taak in one write, all or nothing. A module of its own, as it composes five families and none of them should
 * depend on the others for it.
 */
@NullMarked
package nl.kcc.klantinteracties.maakklantcontact;

import org.jspecify.annotations.NullMarked;
