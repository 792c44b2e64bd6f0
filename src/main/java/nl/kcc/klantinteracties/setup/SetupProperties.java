package nl.kcc.klantinteracties.setup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Declarative setup.
 *
 * @param file the YAML file applied at every start (see the operations guide for its form); none: no setup
 */
@ConfigurationProperties("klantinteracties.setup")
public record SetupProperties(@Nullable Path file) {}
