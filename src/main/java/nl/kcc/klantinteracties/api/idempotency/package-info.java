/**
 * The {@code Idempotency-Key} of writes: a retried POST answers what the first one answered, once, instead of
 * registering the same thing twice.
 */
@NullMarked
package nl.kcc.klantinteracties.api.idempotency;

import org.jspecify.annotations.NullMarked;
