/** The audit trail: every change of every object, who made it and what it was before and after. */
@NullMarked
package nl.kcc.klantinteracties.audit;

import org.jspecify.annotations.NullMarked;
