/**
 * What the register can tell about its own work, for tests and the benchmark: the SQL statements each request runs.
 */
@NullMarked
package nl.kcc.klantinteracties.diagnostics;

import org.jspecify.annotations.NullMarked;
