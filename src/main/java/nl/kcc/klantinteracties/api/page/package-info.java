/** Paging: page and pageSize, and the {count, next, previous, results} envelope. */
@NullMarked
package nl.kcc.klantinteracties.api.page;

import org.jspecify.annotations.NullMarked;
