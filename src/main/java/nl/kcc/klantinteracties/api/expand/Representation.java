package nl.kcc.klantinteracties.api.expand;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An object as the API shows it. Its {@code _expand} map is null unless the client asked to include related objects;
 * then it is filled under the names of the relations.
 */
public interface Representation {

    UUID uuid();

    /** The mutable {@code _expand} member, or null when nothing is expanded. */
    @Nullable
    Map<String, Object> expand();
}
