/**
 * The werkplek: the contact-centre employee's workspace in the browser, server-rendered from the register's own
 * services, so that every rule, the audit trail and the notifications apply as they do to the API.
 */
@NullMarked
package nl.kcc.klantinteracties.web;

import org.jspecify.annotations.NullMarked;
