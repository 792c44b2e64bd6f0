package nl.kcc.klantinteracties.partij;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** A rekeningnummer as the API shows it. */
public record RekeningnummerResponse(
        UUID uuid,
        String url,
        @Nullable Reference partij,
        @Nullable String iban,
        String bic) implements Representation {

    /** Rekeningnummers have no {@code expand}. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
