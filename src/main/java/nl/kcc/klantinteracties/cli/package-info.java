/** The operator's commands, each run in a context of only the database and the beans it uses. */
@NullMarked
package nl.kcc.klantinteracties.cli;

import org.jspecify.annotations.NullMarked;
