package nl.kcc.klantinteracties.klantcontact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;

/** A bijlage as the API shows it; the identificator is always an object, empty when not given. */
public record BijlageResponse(
        UUID uuid, String url, @Nullable Reference wasBijlageVanKlantcontact, Identificator bijlageidentificator)
        implements Representation {

    /** The standard offers nothing to include in a bijlage. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
