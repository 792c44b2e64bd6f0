package nl.kcc.klantinteracties.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of both APIs.
 *
 * @param maxRequestSize larger request bodies are answered 413
 * @param idempotency how retries with an {@code Idempotency-Key} are answered
 */
@ConfigurationProperties("klantinteracties.api")
public record ApiProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue Idempotency idempotency) {

    /** @param retention how long the answer to a POST with an {@code Idempotency-Key} is kept for its retries */
    public record Idempotency(@DefaultValue("24h") Duration retention) {
        public Idempotency {
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException(
                        "klantinteracties.api.idempotency.retention must be positive, not " + retention);
            }
        }
    }

    public ApiProperties {
        if (maxRequestSize.toBytes() < 1) {
            throw new IllegalArgumentException(
                    "klantinteracties.api.max-request-size must be positive, not " + maxRequestSize);
        }
    }
}
