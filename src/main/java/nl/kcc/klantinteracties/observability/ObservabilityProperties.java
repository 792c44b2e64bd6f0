package nl.kcc.klantinteracties.observability;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the register tells its operators about itself.
 *
 * @param databaseProbeInterval how often a connection of its own checks that PostgreSQL answers
 * @param databaseProbeTimeout how long that check may take (connect, login and the query together, roughly) before
 *     PostgreSQL counts as away
 * @param accessLog whether every request is logged as one line
 */
@ConfigurationProperties("klantinteracties.observability")
public record ObservabilityProperties(
        @DefaultValue("2s") Duration databaseProbeInterval,
        @DefaultValue("2s") Duration databaseProbeTimeout,
        @DefaultValue("true") boolean accessLog) {}
