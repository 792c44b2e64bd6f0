package nl.kcc.klantinteracties.api.resource;

import nl.kcc.klantinteracties.api.expand.Expander;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What every resource needs from the platform, handed over as one. */
@Component
public record ResourceSupport(
        JdbcClient jdbc, Expander expander, ReferenceChecker references, ApplicationEventPublisher events) {}
