package nl.kcc.klantinteracties.contactgegevens;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.jspecify.annotations.Nullable;

/** An organisatie as the API shows it. */
public record OrganisatieResponse(
        UUID uuid,
        String url,
        @Nullable String handelsnaam,
        @Nullable LocalDate oprichtingsdatum,
        @Nullable LocalDate opheffingsdatum,
        @Nullable Adres adres)
        implements Representation {

    /** The Contactgegevens API has no {@code expand}. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
