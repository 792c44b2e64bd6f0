/** The HTTP side of the audit trail: /audittrail. */
@NullMarked
package nl.kcc.klantinteracties.audit.api;

import org.jspecify.annotations.NullMarked;
