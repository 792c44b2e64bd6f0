package nl.kcc.klantinteracties.api.resource;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import nl.kcc.klantinteracties.api.Times;
import nl.kcc.klantinteracties.api.expand.Expander;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What every resource needs from the platform, handed over as one. */
@Component
public final class ResourceSupport {

    private final JdbcClient jdbc;
    private final Expander expander;
    private final ReferenceChecker references;
    private final ApplicationEventPublisher events;
    private final HiddenReferences hiddenReferences;
    private final ObjectProvider<ApiResource<?, ?>> resources;
    private final Clock clock;
    private volatile @Nullable Map<String, ApiResource<?, ?>> byCollection;

    ResourceSupport(
            JdbcClient jdbc,
            Expander expander,
            ReferenceChecker references,
            ApplicationEventPublisher events,
            HiddenReferences hiddenReferences,
            ObjectProvider<ApiResource<?, ?>> resources,
            Clock clock) {
        this.jdbc = jdbc;
        this.expander = expander;
        this.references = references;
        this.events = events;
        this.hiddenReferences = hiddenReferences;
        this.resources = resources;
        this.clock = clock;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public Expander expander() {
        return expander;
    }

    public ReferenceChecker references() {
        return references;
    }

    public HiddenReferences hiddenReferences() {
        return hiddenReferences;
    }

    public ApplicationEventPublisher events() {
        return events;
    }

    /** Now, as the register stores times, from the register's clock. */
    public OffsetDateTime now() {
        return Times.now(clock);
    }

    /** Another resource, by its collection; resources find each other here rather than depending on each other. */
    public ApiResource<?, ?> resource(String collection) {
        var map = byCollection;
        if (map == null) {
            map = new HashMap<>();
            for (ApiResource<?, ?> resource : resources.orderedStream().toList()) {
                map.put(resource.collection(), resource);
            }
            byCollection = map;
        }
        ApiResource<?, ?> resource = map.get(collection);
        if (resource == null) {
            throw new IllegalStateException("No resource " + collection);
        }
        return resource;
    }
}
