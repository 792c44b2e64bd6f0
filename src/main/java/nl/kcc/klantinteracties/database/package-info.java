/** The register's PostgreSQL: the embedded server it starts when no external database is configured. */
package nl.kcc.klantinteracties.database;
