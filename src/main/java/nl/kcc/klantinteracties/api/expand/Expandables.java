package nl.kcc.klantinteracties.api.expand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds the collection an expansion leads to. Families look each other up by name here rather than depending on each
 * other's beans, so the relations can run both ways.
 */
@Component
public class Expandables {

    private final ObjectProvider<Expandable> all;
    private volatile @Nullable Map<String, Expandable> byCollection;

    Expandables(ObjectProvider<Expandable> all) {
        this.all = all;
    }

    public Expandable get(String collection) {
        var map = byCollection;
        if (map == null) {
            map = new HashMap<>();
            for (Expandable expandable : all.orderedStream().toList()) {
                map.put(expandable.collection(), expandable);
            }
            byCollection = map;
        }
        Expandable expandable = map.get(collection);
        if (expandable == null) {
            throw new IllegalStateException(
                    "No collection " + collection + " to expand into; known: " + List.copyOf(map.keySet()));
        }
        return expandable;
    }
}
