/**
 * Notifications of changes to other systems: written to an outbox in the transaction of the change and delivered from
 * there to the Notificaties API and to CloudEvents subscribers, however long they are unreachable.
 */
package nl.kcc.klantinteracties.notificatie;
