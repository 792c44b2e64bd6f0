package nl.kcc.klantinteracties.api.expand;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;

/** A collection whose objects can be included in another's {@code _expand}, many at a time. */
public interface Expandable {

    /** The collection's name in the API ({@code betrokkenen}, {@code partijen}, ...). */
    String collection();

    /**
     * Shows the objects with these uuids that the caller may see, with their own expansions, in a bounded number of
     * queries whatever the number of uuids.
     */
    Map<UUID, ? extends Representation> showAll(Collection<UUID> uuids, ExpandTree expand, ApiContext context);
}
