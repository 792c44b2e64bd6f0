/**
 * Samenvoegen: two partijen that turn out to be one person or organisation made one, with everything that points at
 * either. A module of its own, as it moves objects of three families (partij, klantcontact, digitaal adres) and none
 * of them should depend on the others for it.
 */
@NullMarked
package nl.kcc.klantinteracties.samenvoegen;

import org.jspecify.annotations.NullMarked;
