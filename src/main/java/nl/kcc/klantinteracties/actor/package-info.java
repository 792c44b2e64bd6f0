/**
 * Actoren: the employees, systems and departments that act for the municipality in klantcontacten and interne taken,
 * and which of them took part in which klantcontact.
 */
package nl.kcc.klantinteracties.actor;
