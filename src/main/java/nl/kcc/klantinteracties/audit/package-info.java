/** The audit trail: every change of every object, who made it and what it was before and after. */
package nl.kcc.klantinteracties.audit;
