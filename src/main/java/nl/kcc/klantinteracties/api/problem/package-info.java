/** Problem responses (application/problem+json) for every failure. */
@NullMarked
package nl.kcc.klantinteracties.api.problem;

import org.jspecify.annotations.NullMarked;
