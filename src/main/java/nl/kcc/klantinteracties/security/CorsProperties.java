package nl.kcc.klantinteracties.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web origins may call the APIs from a browser. None by default: the standard's clients call from their
 * servers.
 *
 * @param allowedOrigins origins such as {@code https://kcc.gemeente.nl}
 * @param maxAge how long a browser may remember the answer to a preflight request
 */
@ConfigurationProperties("klantinteracties.cors")
record CorsProperties(
        @DefaultValue("") List<String> allowedOrigins,
        @DefaultValue("30m") Duration maxAge) {

    CorsProperties {
        allowedOrigins =
                allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
    }
}
