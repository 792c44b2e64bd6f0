package nl.kcc.klantinteracties.partij;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** A categorie as the API shows it. */
public record CategorieResponse(UUID uuid, String url, String naam) implements Representation {

    /** Categorieën have no {@code expand}. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
