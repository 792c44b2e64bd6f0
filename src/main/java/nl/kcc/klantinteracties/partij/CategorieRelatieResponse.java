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
        @Nullable Reference partij,
        @Nullable CategorieReference categorie,
        @Nullable LocalDate beginDatum,
        @Nullable LocalDate eindDatum)
        implements Representation {

    public record CategorieReference(
            UUID uuid, String url, @Nullable String naam) {}

    /** Categorie-relaties have no {@code expand}. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
