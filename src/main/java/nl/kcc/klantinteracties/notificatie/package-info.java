/**
 * Notifications of changes to other systems: written to an outbox in the transaction of the change and delivered from
 * there to the Notificaties API and to CloudEvents subscribers, however long they are unreachable.
 */
@NullMarked
package nl.kcc.klantinteracties.notificatie;

import org.jspecify.annotations.NullMarked;
