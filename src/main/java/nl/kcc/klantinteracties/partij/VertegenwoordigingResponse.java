package nl.kcc.klantinteracties.partij;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** A vertegenwoordiging as the API shows it. */
public record VertegenwoordigingResponse(
        UUID uuid,
        String url,
        @Nullable Reference vertegenwoordigendePartij,
        @Nullable Reference vertegenwoordigdePartij)
        implements Representation {

    /** Vertegenwoordigingen have no {@code expand}. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
