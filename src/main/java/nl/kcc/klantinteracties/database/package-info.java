/** The register's PostgreSQL: the embedded server it starts when no external database is configured. */
@NullMarked
package nl.kcc.klantinteracties.database;

import org.jspecify.annotations.NullMarked;
