package nl.kcc.klantinteracties.partij;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** A categorie-relatie as the API shows it; its categorie comes with its name. */
public record CategorieRelatieResponse(
        UUID uuid,
        String url,
        Reference partij,
        CategorieReference categorie,
        LocalDate beginDatum,
        LocalDate eindDatum)
        implements Representation {

    public record CategorieReference(UUID uuid, String url, String naam) {}

    /** Categorie-relaties have no {@code expand}. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
