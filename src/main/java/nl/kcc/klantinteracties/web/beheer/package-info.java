/**
 * Beheer: the functioneel beheerder's screens under /werkplek/beheer (applications and their tokens, medewerker
 * accounts, the notification outbox), on the same services as the operator's command line and the API.
 */
@NullMarked
package nl.kcc.klantinteracties.web.beheer;

import org.jspecify.annotations.NullMarked;
