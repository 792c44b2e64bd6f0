/**
 * Actoren: the employees, systems and departments that act for the municipality in klantcontacten and interne taken,
 * and which of them took part in which klantcontact.
 */
@NullMarked
package nl.kcc.klantinteracties.actor;

import org.jspecify.annotations.NullMarked;
