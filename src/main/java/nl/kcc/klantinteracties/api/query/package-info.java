/** Query parameters: filters, the check for unknown parameters, and the SQL conditions they add. */
@NullMarked
package nl.kcc.klantinteracties.api.query;

import org.jspecify.annotations.NullMarked;
