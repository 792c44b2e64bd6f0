package nl.kcc.klantinteracties.partij;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/** A partij-identificator as the API shows it, on its own and inside a partij's {@code partijIdentificatoren}. */
public record PartijIdentificatorResponse(
        UUID uuid,
        String url,
        @Nullable Reference identificeerdePartij,
        String anderePartijIdentificator,
        Groep partijIdentificator,
        @Nullable Reference subIdentificatorVan,

        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
        Map<String, Object> expand)
        implements Representation {

    /** The four-part identification itself. */
    public record Groep(
            @Nullable String codeObjecttype,
            @Nullable String codeSoortObjectId,
            @Nullable String objectId,
            @Nullable String codeRegister) {}
}
