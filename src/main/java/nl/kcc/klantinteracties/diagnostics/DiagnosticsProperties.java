package nl.kcc.klantinteracties.diagnostics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the register records about its own work, for the tests and the benchmark.
 *
 * @param statements count every request's SQL statements and report the number in the {@code X-SQL-Statements}
 *     response header
 * @param statementsFile a file that receives every request's SQL statements, one JSON line per request (the
 *     benchmark's SQL floor replays them); none when empty
 */
@ConfigurationProperties("klantinteracties.diagnostics")
record DiagnosticsProperties(
        @DefaultValue("false") boolean statements,
        @DefaultValue("") String statementsFile) {}
