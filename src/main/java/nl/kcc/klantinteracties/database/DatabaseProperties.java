package nl.kcc.klantinteracties.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the embedded server keeps its data
 * @param port the port it listens on; 0 picks a free one
 * @param ephemeral start on a throw-away directory instead (used by the tests)
 * @param attachToRunning use the server of a register that already runs on the data directory (the CLI does)
 * @param maximumPoolSize connections the register keeps to it
 * @param connectionTimeout how long a request waits for a free connection before it is answered 503
 */
@ConfigurationProperties("klantinteracties.database")
record DatabaseProperties(
        @DefaultValue("./data") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("false") boolean attachToRunning,
        @DefaultValue("20") int maximumPoolSize,
        @DefaultValue("30s") Duration connectionTimeout) {}
