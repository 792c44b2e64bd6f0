package nl.kcc.klantinteracties.api.expand;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import org.springframework.stereotype.Component;

/**
 * Fills the {@code _expand} members of a batch of shown objects: one batch per requested relation, never one query
 * per object, so the cost of a request does not grow with its page size.
 */
@Component
public class Expander {

    private final Expandables expandables;

    Expander(Expandables expandables) {
        this.expandables = expandables;
    }

    public <R extends Representation> void expand(
            List<R> shown, ExpandTree expand, Map<String, Expansion<R>> expansions, ApiContext context) {
        if (expand.isEmpty() || shown.isEmpty()) {
            return;
        }
        for (String name : expand.names()) {
            Expansion<R> expansion = expansions.get(name);
            if (expansion == null) {
                throw new IllegalStateException("No expansion " + name);
            }
            var targets = new LinkedHashSet<UUID>();
            shown.forEach(r -> targets.addAll(expansion.targets().apply(r)));
            Map<UUID, ? extends Representation> related = targets.isEmpty()
                    ? Map.of()
                    : expandables.get(expansion.collection()).showAll(targets, expand.child(name), context);
            for (R r : shown) {
                Collection<UUID> own = expansion.targets().apply(r);
                if (expansion.many()) {
                    Objects.requireNonNull(r.expand())
                            .put(
                                    name,
                                    own.stream()
                                            .map(related::get)
                                            .filter(Objects::nonNull)
                                            .toList());
                } else {
                    Objects.requireNonNull(r.expand())
                            .put(
                                    name,
                                    own.isEmpty()
                                            ? null
                                            : related.get(own.iterator().next()));
                }
            }
        }
    }
}
