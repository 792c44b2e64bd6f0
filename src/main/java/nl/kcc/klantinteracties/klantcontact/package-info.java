/**
 * Klantcontacten: the contacts between the municipality and its klanten, who was involved in them (betrokkenen), what
 * they were about (onderwerpobjecten) and what they included (bijlagen).
 */
@NullMarked
package nl.kcc.klantinteracties.klantcontact;

import org.jspecify.annotations.NullMarked;
