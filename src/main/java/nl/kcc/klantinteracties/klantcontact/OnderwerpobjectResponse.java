package nl.kcc.klantinteracties.klantcontact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;

/** An onderwerpobject as the API shows it; the identificator is always an object, empty when not given. */
public record OnderwerpobjectResponse(
        UUID uuid,
        String url,
        @Nullable Reference klantcontact,
        @Nullable Reference wasKlantcontact,
        Identificator onderwerpobjectidentificator)
        implements Representation {

    /** The standard offers nothing to include in an onderwerpobject. */
    @Override
    @JsonIgnore
    public @Nullable Map<String, Object> expand() {
        return null;
    }
}
